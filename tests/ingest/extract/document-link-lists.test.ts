// A page's list of documents is no masthead (rules/document-link-lists.ts, document-own-symbols.ts): a
// symbol alone on its line under "Useful documents", in a table under "Symbol Title", or one of two lines
// citing the same way, names a document the page links to, not the page. Invented pages.

import { describe, expect, it } from 'vitest';
import { listedSymbolLine } from '../../../ingest/extract/rules/document-link-lists.ts';
import { extractText } from './helpers.ts';

const own = (text: string): { id: string; refs: string[] } => {
  const g = extractText(text, 'page.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'page.txt')!;
  return {
    id: doc.id,
    refs: g.edges.filter((e) => e.type === 'REFERENCES' && e.from === doc.id).map((e) => e.to),
  };
};

const CASES: [name: string, text: string, id: string, refs: string[]][] = [
  [
    'under a list heading, two lines citing alike',
    'Sample Committee - Home\nSessions\nFirst session, Vienna, 3-7 May 2099\nUseful documents\nGeneral Assembly Resolution 98/247\nGeneral Assembly Resolution 99/282\nRules of procedure',
    'document:page',
    ['resolution:a-res-98-247', 'resolution:a-res-99-282'],
  ],
  [
    'a table of documents under its column heads',
    'Session of the Sample Committee\n\nOfficial documents\n\nSymbol Title\nA/AC.999/24/Add.1\n\nAnnotated provisional agenda\n\nA/AC.999/22/Rev.3\n\nUpdated draft text',
    'document:page',
    ['document:a-ac-999-22-rev-3', 'document:a-ac-999-24-add-1'],
  ],
  // Negative: a masthead's symbol line is still the document's own.
  [
    'a masthead symbol',
    'A/RES/98/247\n\nGeneral Assembly\nDistr.: General\n3 January 2099\n\nResolution adopted by the General Assembly',
    'document:a-res-98-247',
    [],
  ],
];

describe('symbols listed on a page', () => {
  it.each(CASES)('%s', (_n, text, id, refs) => {
    const got = own(text);
    expect(got.id).toBe(id);
    expect(got.refs.sort()).toEqual(refs);
  });
  it.each([
    ['Useful documents\nGeneral Assembly Resolution 98/247\n', 'General Assembly Resolution 98/247', true],
    [
      'x\nGeneral Assembly Resolution 98/247\nGeneral Assembly Resolution 99/282',
      'General Assembly Resolution 98/247',
      true,
    ],
    ['United Nations\nA/RES/98/247\nDistr.: General', 'A/RES/98/247', false],
    ['Report of the Sample Committee on its work.\nA/98/64\n', 'A/98/64', false],
  ] as const)('%j: %s', (text, line, want) => {
    expect(listedSymbolLine(text, text.indexOf(line), line)).toBe(want);
  });
});
