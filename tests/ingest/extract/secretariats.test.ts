import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const participations = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'PARTICIPATED_IN')
    .map((e) => `${e.from} -> ${e.to}`);

describe("a process's secretariat takes part in it", () => {
  const cases: [string, string[]][] = [
    ['• IGF Secretariat - preparation for the next meeting', ['organization:igf-secretariat -> process:igf']],
    [
      'The Secretariat of the Internet Governance Forum prepared the programme.',
      ['organization:igf-secretariat -> process:igf'],
    ],
    // The secretariat of a body is part of the body, not a participant.
    ['The CSTD secretariat prepared the programme.', []],
    // Being allowed to attend is not taking part.
    [
      'Member States of the United Nations that are not members of the Working Group on Enhanced Cooperation (2016–2018) may attend as observers.',
      [],
    ],
  ];
  for (const [text, want] of cases)
    it(text, () => {
      expect(participations(text)).toEqual(want);
    });
});
