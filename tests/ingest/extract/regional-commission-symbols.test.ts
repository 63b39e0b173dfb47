// ECLAC's document symbols take one part after "LC" ("LC/G.2491", "LC/R.2144", symbol-grammar.ts ECLAC), and the
// regional commissions' mastheads put "Distr." before the symbol and its date of issue ("Distr. GENERAL LC/G.2491
// 25 April 2011 ENGLISH ORIGINAL: SPANISH", document-own-symbols.ts DISTR_BEFORE). Written for the test (q84).

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText } from './helpers.ts';

describe('ECLAC symbols', () => {
  it.each([
    ['as contained in document LC/G.2491, the report', ['LC/G.2491']],
    ['the commitment (LC/R.2144) was adopted', ['LC/R.2144']],
    ['see LC/L.3265/Rev.1 for the plan', ['LC/L.3265/Rev.1']],
    ['see LC/CAR/L.123 for the plan', ['LC/CAR/L.123']],
    // Negative: another body's letters, a bare number or a path.
    ['see ABC/G.2491 and LC/2491 and LC/G.2491/annex.pdf', []],
  ])('%s', (text, want) => {
    expect(findSymbols(text).map((s) => s.symbol)).toEqual(want);
  });
});

describe('"Distr." before the symbol in the masthead', () => {
  const doc = (text: string) =>
    extractText(text).nodes.find((n) => n.type === 'Document' && n.properties.file)!;
  it('the symbol and its date are the document’s', () => {
    const d = doc(
      'Distr. GENERAL LC/G.9999 25 April 2031 ENGLISH ORIGINAL: SPANISH REPORT OF THE SAMPLE CONFERENCE Lima, 21–23 November 2030',
    );
    expect(d.properties.symbol).toBe('LC/G.9999');
    expect(d.properties.date).toBe('2031-04-25');
  });
  // Negative: no date of issue after it on its line: a sentence citing it.
  it('"Distr." before a symbol in a sentence', () => {
    const d = doc('Distr. GENERAL LC/G.9999 is available online in English and Spanish.');
    expect(d.properties.symbol).toBeUndefined();
  });
  // Negative: a symbol in a sentence cites another document.
  it('a symbol in prose cites another', () => {
    const d = doc(
      'Sample report\n\nThe Conference took note of the report contained in document LC/G.9999 and closed.',
    );
    expect(d.properties.symbol).toBeUndefined();
  });
});
