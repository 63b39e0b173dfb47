// A law library's citation of a resolution (rules/symbol-grammar.ts NUMBERED): "G.A. res. 48/179" is the
// General Assembly's A/RES/48/179, which it PRODUCED (rules/symbols.ts); "E.S.C. res. 2006/46" the Council's.
// A bare "res." names no organ and is left alone. Synthetic lines in the style of such a library's pages.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const view = (text: string) => {
  const g = extractText(text);
  return {
    resolutions: g.nodes.filter((n) => n.type === 'Resolution').map((n) => n.name),
    produced: g.edges.filter((e) => e.type === 'PRODUCED').map((e) => `${e.from} ${e.to}`),
  };
};

const CASES: [text: string, want: string[], not: string[], produced: string[]][] = [
  [
    'Widgets for development, G.A. res. 51/123, 51 U.N. GAOR Supp. (No. 49) at 12, U.N. Doc. A/51/49 (1996).\n\nThe General Assembly,',
    ['A/RES/51/123'],
    ['A/RES/51/49'],
    ['organization:general-assembly resolution:a-res-51-123'],
  ],
  [
    'Widgets for development, E.S.C. res. 2007/12, U.N. Doc. E/2007/99 (2007).\n\nThe Economic and Social Council,',
    ['E/RES/2007/12'],
    ['A/RES/2007/12'],
    ['organization:ecosoc resolution:e-res-2007-12'],
  ],
  // No organ before "res.": no resolution is guessed.
  ['The widget study, res. 51/123, was cited in a footnote of the paper.', [], ['A/RES/51/123'], []],
  // "resolution" spelt out keeps its own reading.
  ['Recalling its resolution 51/123 of 12 December 1996 on widgets,', ['A/RES/51/123'], [], []],
];

describe("a law library's resolution citations", () => {
  it.each(CASES)('%s', (text, want, not, produced) => {
    const v = view(text);
    for (const w of want) expect(v.resolutions).toContain(w);
    for (const n of not) expect(v.resolutions).not.toContain(n);
    for (const p of produced) expect(v.produced).toContain(p);
  });
});
