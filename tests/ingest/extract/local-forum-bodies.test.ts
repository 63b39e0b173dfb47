// A regional IGF's own acronym and bodies are not the Forum's (rules/local-initiatives.ts): "the Arab Internet
// Governance Forum (IGF)" names no global IGF, "the Multistakeholder Advisory Group (MAG) of the Arab Internet
// Governance Forum" is not the IGF MAG (its first meeting is not the IGF MAG's first), nor is "the MAG" after
// it. Sentences are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const ids = (text: string): string[] => {
  const g = extractText(text);
  return [...g.nodes.map((n) => n.id), ...g.edges.map((e) => `${e.type} ${e.from} ${e.to}`)];
};

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'Efforts of the two bodies resulted in a consensus to establish the Arab Internet Governance Forum (IGF) in 2012.',
    [],
    ['process:igf'],
  ],
  [
    'The first meeting of the Multistakeholder Advisory Group (MAG) of the Arab Internet Governance Forum (Arab IGF) was held on 18-19 June 2012 in Cairo, Egypt. The meeting involved the MAG members.',
    [],
    ['organization:igf-mag', 'meeting:igf-mag-meeting-1'],
  ],
  [
    'The Multistakeholder Advisory Group of the African IGF met in Addis Ababa.',
    [],
    ['organization:igf-mag'],
  ],
  // A region's qualifier before the body's name: its bracketed acronym and "the MAG" later are that body too.
  [
    'The secretariat of the Arab IGF will hold the first meeting of the Arab Multistakeholder Advisory Group (MAG) in Cairo. Participants will adopt the MAG terms of reference.',
    [],
    ['organization:igf-mag'],
  ],
  [
    'The African Multistakeholder Advisory Group (MAG) met in Addis Ababa, and the MAG agreed its programme.',
    [],
    ['organization:igf-mag'],
  ],
  // The Forum's own bodies and acronym are kept.
  [
    'The Multistakeholder Advisory Group (MAG) met in Geneva, and the MAG agreed the programme of the Arab IGF.',
    ['organization:igf-mag'],
    [],
  ],
  [
    'The Multistakeholder Advisory Group (MAG) of the Internet Governance Forum met in Geneva. The MAG members agreed.',
    ['organization:igf-mag'],
    [],
  ],
  ['The Internet Governance Forum (IGF) met in Kyoto in October 2023.', ['process:igf'], []],
  [
    'The Multistakeholder Advisory Group (MAG) of the global Internet Governance Forum met in Geneva.',
    ['organization:igf-mag'],
    [],
  ],
];

describe("a regional IGF's acronym and bodies", () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = ids(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
