// The host of a gathering (rules/hosted.ts through established.ts's verbs): a body after "hosted by" or before
// "hosts" / "will host" HOSTED the meeting; a secretariat "hosted by" a body, an offer to host, a person
// "hosting" a session and a session "hosted at" a meeting are no hosts.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const hosts = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'HOSTED')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'passive, a State by its long form',
    'The panellist said that the 19th annual IGF meeting in 2024 will be hosted by the Kingdom of Saudi Arabia.',
    ['organization:saudi-arabia meeting:igf-19'],
  ],
  [
    'passive, "the Government of"',
    'The eleventh meeting of the Internet Governance Forum was hosted by the Government of Mexico in Guadalajara from 6 to 9 December 2016.',
    ['organization:mexico meeting:igf-11'],
  ],
  [
    'active, past',
    'The Government of Ethiopia hosted the seventeenth IGF in Addis Ababa from 28 November to 2 December 2022.',
    ['organization:ethiopia meeting:igf-17'],
  ],
  [
    'active, future',
    'Japan will host the 18th IGF in Kyoto in October 2023.',
    ['organization:japan meeting:igf-18'],
  ],
  ['an offer is no host', 'Poland offered to host the 16th IGF.', []],
  [
    'a secretariat hosted by a body is no gathering',
    'The IGF Secretariat, hosted by UN DESA, supports the Forum.',
    [],
  ],
  ['a person is no host', 'The session was hosted by Mr. John Smith of the Internet Society.', []],
  [
    'a session hosted at a meeting',
    'The PNE session hosted at the 16th IGF in Poland was well attended.',
    [],
  ],
  [
    "another gathering of the sentence is not the host's",
    'The Assembly welcomed the eleventh meeting of the Internet Governance Forum, held in Guadalajara from 6 to 9 December 2016, and looks forward to the next annual Forum, to be held in 2017, hosted by Switzerland.',
    [],
  ],
];

describe('the host of a gathering', () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(hosts(text)).toEqual(want);
  });

  it('is not who set it up', () => {
    const g = extractText('Japan will host the 18th IGF in Kyoto in October 2023.');
    expect(g.edges.filter((e) => e.type === 'ESTABLISHED')).toEqual([]);
  });

  it('quotes the host, the verb and the gathering', () => {
    const g = extractText('The Government of Ethiopia hosted the seventeenth IGF in Addis Ababa in 2022.');
    const e = g.edges.find((x) => x.type === 'HOSTED');
    expect(e?.sources[0]?.quote).toContain('Ethiopia hosted the seventeenth IGF');
  });
});
