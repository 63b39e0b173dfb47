// The World Summit on the Information Society's own symbol grammar (rules/symbol-wsis.ts): phase or PrepCom,
// series, number, a bracketed revision and ITU's language letter ("WSIS-II/PC-3/DOC/5-E"); the "Document <symbol>"
// masthead or a later page's running head gives a document its own symbol (rules/document-itu-masthead.ts); an
// outcome's symbol is that outcome (the gazetteer's Tunis Commitment, Geneva Declaration …). Synthetic text in the
// style of the Summit's documents.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText, hasEdge } from './helpers.ts';

describe('WSIS symbol grammar', () => {
  // [text, symbols found, surfaces in the text]
  const CASES: [string, string[], string[]][] = [
    ['Document WSIS-03/GENEVA/DOC/9-E', ['WSIS-03/GENEVA/DOC/9'], ['WSIS-03/GENEVA/DOC/9-E']],
    [
      'Document: WSIS-05/TUNIS/DOC/8(Rev.2)-E',
      ['WSIS-05/TUNIS/DOC/8(Rev.2)'],
      ['WSIS-05/TUNIS/DOC/8(Rev.2)-E'],
    ],
    [
      'the plan (WSIS-II/PC-3/DT/41(Rev.3)), as agreed',
      ['WSIS-II/PC-3/DT/41(Rev.3)'],
      ['WSIS-II/PC-3/DT/41(Rev.3)'],
    ],
    ['a time plan (WSIS-II/PC-2/ADM/9) was', ['WSIS-II/PC-2/ADM/9'], ['WSIS-II/PC-2/ADM/9']],
    // A four-digit number is the same document's: its padding is dropped.
    ['paras. 4-5 (WSIS-03/GENEVA/DOC/0009) that', ['WSIS-03/GENEVA/DOC/9'], ['WSIS-03/GENEVA/DOC/0009']],
    ['a statement (WSIS/PC-3/C/0201 9 May 2003)', ['WSIS/PC-3/C/201'], ['WSIS/PC-3/C/0201']],
    // The date of issue run into the language letter ends the symbol at the letter.
    ['Document: WSIS-II/PC-3/DOC/88-E12 March 2099', ['WSIS-II/PC-3/DOC/88'], ['WSIS-II/PC-3/DOC/88-E']],
    // Negatives: a copy that lost the phase, the Summit's name before a slash, an ITU group's symbol.
    ['Document WSIS-05//DOC/9(Rev.1)-E', [], []],
    ['the WSIS/ITU pages', [], []],
    ['WG-WSIS-32/16-E', [], []],
    ['WSIS-II/PC-3/DOC/5-Expert', [], []],
  ];
  it.each(CASES)('%s', (text, symbols, surfaces) => {
    const found = findSymbols(text);
    expect(found.map((s) => s.symbol)).toEqual(symbols);
    expect(found.map((s) => text.slice(s.index, s.index + s.length))).toEqual(surfaces);
  });
});

const CONTENTS = Array.from(
  { length: 16 },
  (_, k) => `${k + 1}.\nSection ${k + 1} of the report\n${k + 2}`,
).join('\n');

const docOf = (text: string) => {
  const g = extractText(text, 'wsis.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'wsis.txt')!;
  const refs = g.edges.filter((e) => e.type === 'REFERENCES' && e.from === doc.id).map((e) => e.to);
  return { g, id: doc.id, date: doc.properties.date, title: doc.properties.title, refs };
};

describe("a WSIS document's own symbol", () => {
  it('a "Document <symbol>" masthead under a table of contents: its symbol and date of issue', () => {
    const d = docOf(
      `Contents\n${CONTENTS}\nDocument WSIS-II/PC-9/DOC/5-E\n3 August 2099\nOriginal: English\nWorking Group on Widgets\nREPORT OF THE WORKING GROUP ON WIDGETS\n- 2 -\nWSIS-II/PC-9/DOC/5-E\n1.\nThis report has been produced by the group.`,
    );
    expect(d.id).toBe('document:wsis-ii-pc-9-doc-5');
    expect(d.date).toBe('2099-08-03');
    expect(d.refs).not.toContain('document:wsis-ii-pc-9-doc-5');
  });
  it("a later page's running head, the cover's symbol garbled", () => {
    const d = docOf(
      `Document WSIS-05//DOC/99(Rev.1)-E 15 February 2099\n\nReport of the widget phase\n\nChapter I - Resolutions ...... 2\n\n- 2 - WSIS-05/TUNIS/DOC/99(Rev.1)-E\n\nCHAPTER I\n\nThe Summit met.`,
    );
    expect(d.id).toBe('document:wsis-05-tunis-doc-99-rev-1');
    expect(d.refs).toEqual([]);
  });
  // Negatives: "Document <symbol>" with more words after it on its line, or a list item, cites another.
  it('"Document <symbol>, on …" and a listed document are citations', () => {
    const d = docOf(
      `Report on the work of the sub-committee\n\n1. The sub-committee met.\n2. It started work on:\nDocument WSIS-II/PC-9/DT/12(Rev.3), on the commitment;\n· Document WSIS-II/PC-9/DOC/7(Rev.1)\n`,
    );
    expect(d.id).toBe('document:wsis');
    expect(d.refs.sort()).toEqual(['document:wsis-ii-pc-9-doc-7-rev-1', 'document:wsis-ii-pc-9-dt-12-rev-3']);
  });
});

describe("a WSIS outcome's symbol is the outcome", () => {
  it('cited by its symbol: the gazetteer instrument, not a new document', () => {
    const d = docOf(
      'Report of the phase\n\nA. The Summit, at its Eighth Plenary Meeting, adopted the following document (WSIS-05/TUNIS/DOC/7):',
    );
    expect(d.refs).toContain('resolution:tunis-commitment');
    expect(d.refs).not.toContain('document:wsis-05-tunis-doc-7');
  });
  it("a revision's symbol is the instrument its first issue is", () => {
    const d = docOf('Notes\n\nThe agenda (WSIS-05/TUNIS/DOC/6(Rev.1)) was recalled.');
    expect(d.refs).toContain('resolution:tunis-agenda');
  });
  it('the text under its masthead is the instrument: what it cites, the instrument cites', () => {
    const d = docOf(
      'World Summit on the Information Society\nDocument WSIS-03/GENEVA/DOC/4-E\n12 December 2003\nOriginal: English\nA common text\n\n1. We recall the Millennium Declaration.',
    );
    expect(d.refs).not.toContain('resolution:geneva-declaration');
    expect(
      hasEdge(d.g, 'REFERENCES', 'resolution:geneva-declaration', 'resolution:millennium-declaration'),
    ).toBe(true);
  });
  // Negative: another document of the Summit is no outcome.
  it('a PrepCom document is a document', () => {
    const d = docOf('Notes\n\nThe plan (WSIS-II/PC-3/ADM/7) was introduced.');
    expect(d.refs).toEqual(['document:wsis-ii-pc-3-adm-7']);
  });
});

describe('the banner over an ITU-style masthead', () => {
  it('the issuer over "Document <symbol>" is no title: the title under the date and language lines is', () => {
    const d = docOf(
      'World Summit on the Information Society\nDocument WSIS-03/GENEVA/DOC/99-E\n12 December 2003\nOriginal: English\nDeclaration on Widgets\n\n1. We, the representatives, declare our commitment.',
    );
    expect(d.title).toBe('Declaration on Widgets');
  });
  // Negative: over a "Document" line that is no lone symbol, the first line still titles the page.
  it('a headline over a sentence opening with "Document" stays the title', () => {
    const d = docOf(
      'Widget Summit opens in Geneva\nDocument WSIS-03/GENEVA/DOC/99-E was released today.\n\nThe Summit opened on Monday.',
    );
    expect(d.title).toBe('Widget Summit opens in Geneva');
  });
});
