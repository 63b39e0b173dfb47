// ITU's own document symbols (rules/symbol-itu-documents.ts), read only on a "Document <symbol>" masthead line
// (rules/document-itu-masthead.ts): the Council's "C09/105-E", a Council working group's "WG-Internet 10/9" or
// "CWG-WSIS-36/3", a forum's "WTPF-13/16(Rev.1)-E"; the language letter dropped. Synthetic text in the style of
// the Council's and its working groups' documents.

import { describe, expect, it } from 'vitest';
import { ituDocumentSymbol } from '../../../ingest/extract/rules/symbol-itu-documents.ts';
import { extractText } from './helpers.ts';

describe('ITU document symbols', () => {
  const CASES: [field: string, want: string | undefined][] = [
    ['C31/105-E', 'C31/105'],
    ['C31/35(Rev.1)-E', 'C31/35(Rev.1)'],
    ['WG-Widgets 40/9', 'WG-Widgets 40/9'],
    ['CWG-Widgets 42/3', 'CWG-Widgets 42/3'],
    ['CWG-WSIS-36/3-E', 'CWG-WSIS-36/3'],
    ['WTPF-31/16(Rev.1)-E', 'WTPF-31/16(Rev.1)'],
    // Not one: a UN symbol, a number with no body, a word run on, two symbols.
    ['A/RES/70/125', undefined],
    ['2031/105', undefined],
    ['C31/105-Expert', undefined],
    ['C31/105, C31/106', undefined],
    ['WG-Widgets 40/9 and 40/10', undefined],
  ];
  it.each(CASES)('%s', (field, want) => expect(ituDocumentSymbol(field)).toBe(want));
});

const docOf = (text: string) => {
  const g = extractText(text, 'itu.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'itu.txt')!;
  return { id: doc.id, symbol: doc.properties.symbol, date: doc.properties.date };
};

describe("an ITU document's own symbol from its masthead", () => {
  it('a Council document: symbol and date of issue', () => {
    const d = docOf(
      'Council 2031\nGeneva, 20-30 October 2031\nDocument C31/105-E\n28 October 2031\nOriginal: English\nRole of the widget group\nThe Council of the International Telecommunication Union,\nconsidering the widgets;',
    );
    expect([d.id, d.symbol, d.date]).toEqual(['document:c31-105', 'C31/105', '2031-10-28']);
  });
  it("a Council working group's report: a space inside its symbol", () => {
    const d = docOf(
      'Council Working Group on Widgets / Fortieth meeting – Geneva, 20-22 September 2031\nDocument WG-Widgets 40/9\n21 September 2031\nEnglish only\nFinal report of the fortieth meeting of the group\n1.1. The Chairman welcomed the participants of the International Telecommunication Union.',
    );
    expect([d.id, d.symbol]).toEqual(['document:wg-widgets-40-9', 'WG-Widgets 40/9']);
  });
  // Negatives: the symbol with words after it on its line cites another; no "Document" label, no symbol.
  it('"Document <symbol>, on …" is a citation, and a bare number no symbol', () => {
    expect(
      docOf(
        'Report of the widget group\nThe group of the International Telecommunication Union considered:\nDocument C31/105, on the budget;\nIt also noted 31/105 of the plan.',
      ).symbol,
    ).toBeUndefined();
    expect(
      docOf('Report of the widget group\nC31/105-E\nThe International Telecommunication Union met.').symbol,
    ).toBeUndefined();
  });
});
