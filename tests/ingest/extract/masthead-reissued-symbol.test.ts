// A reissued document's symbol line (rules/document.ts): "E/CN.16/2098/CRP.2* 16 May 2098" under
// "RESTRICTED" carries the reissue star and the date of issue; the symbol is the document's own, not a
// document it cites. A symbol with words after it on its line is still a reference. Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text, 'crp.txt');
  const d = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'crp.txt')!;
  return {
    id: d.id,
    refs: g.edges.filter((e) => e.type === 'REFERENCES' && e.from === d.id).map((e) => e.to),
  };
};
const BODY =
  '\n\nCommission on Science and Technology for Development\n\nNote by the secretariat on ocean data\n\n1. Introduction The secretariat describes activities.\n';

describe('a reissued symbol line', () => {
  it.each([
    ['star and date', 'Distr.\n\nRESTRICTED\n\nE/CN.16/2098/CRP.2* 16 May 2098'],
    ['star alone', 'Distr.\n\nRESTRICTED\n\nE/CN.16/2098/CRP.2*'],
    ['neither', 'Distr.\n\nRESTRICTED\n\nE/CN.16/2098/CRP.2'],
  ])('is the document’s own (%s)', (_n, head) => {
    const f = facts(`${head}${BODY}`);
    expect(f.id).toBe('document:e-cn-16-2098-crp-2');
    expect(f.refs).not.toContain('document:e-cn-16-2098-crp-2');
  });
  it('a symbol with words after it is cited', () => {
    const f = facts(`Distr.\n\nRESTRICTED\n\nE/CN.16/2098/CRP.2* is available online${BODY}`);
    expect(f.id).toBe('document:crp');
    expect(f.refs).toContain('document:e-cn-16-2098-crp-2');
  });
});
