// A numbered edition of the IGF (an annual process with a first year in the
// gazetteer) has one name however a text writes it (rules/meetings-lists.ts
// editionName): "18th Internet Governance Forum", the words of the text kept as
// an alias. A process without numbered editions keeps the year form (WSIS Forum).

import { describe, expect, it } from 'vitest';
import { ordinalNumeral } from '../../../ingest/extract/parse/ordinals.ts';
import { extractText } from './helpers.ts';

const meeting = (text: string, id: string) => extractText(text).nodes.find((n) => n.id === id);

const CASES: [text: string, id: string, name: string, alias?: string][] = [
  [
    'The 18th IGF was held in Kyoto in October 2023.',
    'meeting:igf-18',
    '18th Internet Governance Forum',
    '18th IGF',
  ],
  [
    'Delegates met at the eighteenth Internet Governance Forum in Kyoto.',
    'meeting:igf-18',
    '18th Internet Governance Forum',
    'eighteenth Internet Governance Forum',
  ],
  [
    'The Internet Governance Forum met at IGF 2023 in Kyoto, Japan.',
    'meeting:igf-18',
    '18th Internet Governance Forum',
    'IGF 2023',
  ],
  [
    'The Group prepared the twelfth meeting of the Internet Governance Forum, held in Geneva in December 2017.',
    'meeting:igf-12',
    '12th Internet Governance Forum',
  ],
  ['The 21st IGF will be held in 2026.', 'meeting:igf-21', '21st Internet Governance Forum'],
  ['The WSIS Forum 2024 was held in Geneva.', 'meeting:wsis-forum-2024', 'WSIS Forum 2024'],
];

describe('IGF editions: one name, the text as written kept as an alias', () => {
  it.each(CASES)('%s', (text, id, name, alias) => {
    const m = meeting(text, id);
    expect(m?.name).toBe(name);
    if (alias) expect(m?.aliases).toContain(alias);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [111, '111th'],
    [123, '123rd'],
  ])('ordinalNumeral(%i) is %s', (n, want) => expect(ordinalNumeral(n)).toBe(want));
});
