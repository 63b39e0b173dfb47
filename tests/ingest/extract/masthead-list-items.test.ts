// A document's own symbol stands on a line of its masthead (rules/document.ts), or its number heads a
// resolution's text ("ECOSOC Resolution 2006/46"). A page whose opening lines list useful documents ("-
// General Assembly resolution 79/243", UNODC's page of the Ad Hoc Committee on cybercrime) cites those: it
// is none of them. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text, 'page.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'page.txt')!;
  const refs = g.edges.filter((e) => e.type === 'REFERENCES' && e.from === doc.id).map((e) => e.to);
  return { id: doc.id, refs };
};

const CASES: [name: string, text: string, id: string, refs: string[]][] = [
  // Negative: a resolution named by its number on a list line is cited, not the page's own symbol.
  [
    'list of resolutions by number',
    'Committee on Widgets\nUseful documents\n- General Assembly resolution 98/243\n- General Assembly resolution 97/282\nOther information',
    'document:page',
    ['resolution:a-res-98-243', 'resolution:a-res-97-282'],
  ],
  [
    'a printed symbol as a list item',
    'Committee on Widgets\nDocuments\n• A/98/257\nOther information',
    'document:page',
    ['document:a-98-257'],
  ],
  // Positive: the printed symbol alone on its line, or after a short masthead, is the document's own.
  [
    'a resolution headed by its number',
    'ECOSOC Resolution 2098/46\nJuly 2098\nWidgets for development',
    'document:e-res-2098-46',
    [],
  ],
  [
    'printed resolution symbol',
    'A/RES/98/243\nWidgets for development\nThe General Assembly, …',
    'document:a-res-98-243',
    [],
  ],
  [
    'printed document symbol after a short masthead',
    'United Nations   A/98/174\nGeneral Assembly Distr.: General\n22 July 2099\nReport on widgets',
    'document:a-98-174',
    [],
  ],
];

describe('a symbol in a list item is no masthead', () => {
  it.each(CASES)('%s', (_n, text, id, refs) => {
    const f = facts(text);
    expect(f.id).toBe(id);
    for (const r of refs) expect(f.refs).toContain(r);
    expect(f.refs).not.toContain(id);
  });
});
