// "The Secretary-General is pleased to announce the establishment of a High-Level Advisory Board on …"
// (rules/established-announced.ts): the announcing body set up the group named right after "of". Texts are
// invented around gazetteer names.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const established = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => `${e.from} ${e.to}`);

const BOARD = 'workinggroup:hlab-effective-multilateralism';
const SG = 'organization:secretary-general';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    '"is pleased to announce the establishment of"',
    'The Secretary-General is pleased to announce the establishment of a High-Level Advisory Board on Effective Multilateralism.',
    [`${SG} ${BOARD}`],
    [],
  ],
  [
    '"today announced the establishment of the"',
    'The Secretary-General today announced the establishment of the High-level Panel on Digital Cooperation.',
    [`${SG} workinggroup:hlpdc`],
    [],
  ],
  // "the creation of" says the same; "AI Advisory Body" is the gazetteer's short name of the HLAB-AI.
  [
    '"has announced the creation of a new AI Advisory Body"',
    'The United Nations Secretary-General has announced the creation of a new AI Advisory Body to support the governance of artificial intelligence.',
    [`${SG} workinggroup:hlab-ai`],
    [],
  ],
  [
    'the creation of something for the group',
    'The Secretary-General has announced the creation of a trust fund for the AI Advisory Body.',
    [],
    [`${SG} workinggroup:hlab-ai`],
  ],
  // Not an announcement of what the subject set up.
  [
    'the announcing body is not the subject',
    'The Secretary-General welcomed the report, and the Board will announce the establishment of a High-Level Advisory Board on Effective Multilateralism.',
    [],
    [`${SG} ${BOARD}`],
  ],
  [
    'the group is not what was set up',
    'The Secretary-General is pleased to announce the establishment of a trust fund for the High-Level Advisory Board on Effective Multilateralism.',
    [],
    [`${SG} ${BOARD}`],
  ],
];

describe('a body announcing the establishment of a group', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = established(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
