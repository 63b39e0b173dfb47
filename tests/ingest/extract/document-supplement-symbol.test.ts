// The cover of a report issued in the Official Records gives the report's symbol right after "Supplement No. N"
// ("… Official Records Supplement No. 11" over "E/2014/31-E/CN.16/2014/4", a Commission's report on its session;
// rules/document-own-symbols.ts): the document's own symbol, not one it cites. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const doc = (text: string) => {
  const g = extractText(text, 'cover.txt');
  const d = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'cover.txt')!;
  const refs = g.edges.filter((e) => e.type === 'REFERENCES' && e.from === d.id).map((e) => e.to);
  return { id: d.id, symbol: d.properties.symbol, aliases: d.aliases, refs };
};

describe('an Official Records cover', () => {
  it('the symbol on the line after the supplement', () => {
    const d = doc(
      'sample site header\n\n37\n\nUpload: someone\n\nPost on 21-Mar-2098\n\n216 views\n\nCategory:\n\nDocuments\n\n3 download\n\nShare\n\nEmbed\n\nTRANSCRIPT\n\nCommission on Sample Questions for Development\n\nReport on the ninth session (2-6 May 2098)\n\nEconomic and Social Council\n\nOfficial Records Supplement No. 11\n\nE/2098/31-E/CN.99/2098/4\n\nUnited Nations New York, 2098\n\nSummary\n\nAt its ninth session, the Commission met.',
    );
    expect(d.symbol).toBe('E/2098/31-E/CN.99/2098/4');
    expect(d.id).toBe('document:e-2098-31-e-cn-99-2098-4');
    expect(d.aliases).toEqual(expect.arrayContaining(['E/2098/31', 'E/CN.99/2098/4']));
    expect(d.refs).toEqual([]);
  });
  it('the symbol run on after the supplement in a flattened cover', () => {
    const d = doc(
      'Report on the ninth session (2-6 May 2098) Economic and Social Council Official Records Supplement No. 11 E/2098/31 United Nations New York, 2098\n\nSummary\n\nThe Commission met.',
    );
    expect(d.symbol).toBe('E/2098/31');
  });
  // Negative: a supplement cited with its symbol in brackets, or with other words before the symbol.
  it('a supplement cited in brackets', () => {
    const d = doc(
      'Report on the ninth session\n\nThe Commission took note of its report (Official Records, Supplement No. 11 (E/2097/31)).',
    );
    expect(d.symbol).toBeUndefined();
    expect(d.refs).toEqual(['document:e-2097-31']);
  });
  it('a supplement followed by other words', () => {
    const d = doc('Report on the ninth session\n\nSee Supplement No. 11, and E/2097/31 for the figures.');
    expect(d.symbol).toBeUndefined();
  });
});
