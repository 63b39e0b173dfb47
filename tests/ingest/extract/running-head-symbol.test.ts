// A later page of a Secretary-General's report copied from its PDF opens with
// the page's running head, the report's own symbol, run into the section
// heading or numbered paragraph after it ("A/99/154 I. Introduction 1. …"):
// the symbol is the document's own, not one it cites
// (rules/document-own-symbols.ts RUNNING_HEAD_NEXT). A symbol further on, or
// one opening ordinary prose, is still a reference. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text, 'page2.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'page2.txt')!;
  const refs = g.edges.filter((e) => e.type === 'REFERENCES' && e.from === doc.id).map((e) => e.to);
  return { id: doc.id, refs };
};

const BODY =
  'In paragraph 3 of its resolution 98/25, the General Assembly invited all Member States to inform the Secretary-General of their views. II. Replies received from Governments Ruritania [Original: English] [2 May 2099] Ruritania shares the concern.';

const CASES: [name: string, text: string, id: string, refs: string[], notRefs: string[]][] = [
  [
    'running head before a section heading',
    `A/99/154 I. Introduction 1. ${BODY}`,
    'document:a-99-154',
    ['resolution:a-res-98-25'],
    ['document:a-99-154'],
  ],
  [
    'running head before a numbered paragraph',
    `A/99/154 2. ${BODY}`,
    'document:a-99-154',
    ['resolution:a-res-98-25'],
    ['document:a-99-154'],
  ],
  // Negative: the symbol opens a sentence of prose, not a heading: a reference.
  [
    'symbol opening prose',
    `A/99/154 contains the replies. ${BODY}`,
    'document:page2',
    ['document:a-99-154'],
    [],
  ],
  // Negative: the symbol is not at the start of the text.
  [
    'symbol later on',
    `Replies. See A/99/154 I. Introduction. ${BODY}`,
    'document:page2',
    ['document:a-99-154'],
    [],
  ],
];

describe("a page's running head", () => {
  it.each(CASES)('%s', (_n, text, id, refs, notRefs) => {
    const got = facts(text);
    expect(got.id).toBe(id);
    for (const r of refs) expect(got.refs).toContain(r);
    for (const r of notRefs) expect(got.refs).not.toContain(r);
  });
});
