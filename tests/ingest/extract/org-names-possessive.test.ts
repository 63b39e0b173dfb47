// A possessive ends a sub-body's name (rules/org-names.ts ownerCut): "the United Nations Economic Commission
// for Africa’s African Information Society Initiative" is an initiative of the Commission, not a body of the
// United Nations so named; the body's own possessive before its sub-body ("APEC's Policy Partnership") is
// kept. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const orgs = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.name);

const CASES: [text: string, want: string[], not: RegExp][] = [
  [
    'He advised the United Nations Economic Commission for Africa’s Regional Data Initiative (2001-2004).',
    ['Economic Commission for Africa'],
    /Regional Data/,
  ],
  [
    "The ASEAN Committee on Science's Digital Plan was adopted.",
    ['ASEAN Committee on Science'],
    /Digital Plan/,
  ],
  ["APEC's Policy Partnership for Science met in Lima.", ['APEC Policy Partnership for Science'], /^$/],
  ['The ASEAN Committee on Science met in Hanoi.', ['ASEAN Committee on Science'], /^$/],
];

describe('a possessive ends a sub-body name', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = orgs(text);
    for (const w of want) expect(got).toContain(w);
    expect(got.filter((n) => not.test(n))).toEqual([]);
  });
});
