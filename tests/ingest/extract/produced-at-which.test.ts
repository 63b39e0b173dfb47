// A meeting at which an instrument was adopted, said with the meeting first (rules/produced-at-which.ts):
// "…, at which resolution 79/1 … was adopted", "…, during which the Assembly adopted …", "The Summit adopted …".
// Sentences in the style of the General Assembly's resolutions after the Summit of the Future.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const produced = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'PRODUCED' && e.from.startsWith('meeting:'))
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const SOTF = 'meeting:summit-of-the-future';
const PACT = `${SOTF} resolution:pact-for-the-future`;
const DFG = `${SOTF} resolution:declaration-on-future-generations`;

const CASES: [text: string, want: string[]][] = [
  [
    'Welcoming the convening of the Summit of the Future on 22–23 September 2024 at the United Nations Headquarters in New York at which resolution 79/1 entitled “The Pact for the Future” and its annexes were adopted,',
    [PACT],
  ],
  [
    'Recalling the Summit of the Future, held on 22 and 23 September 2024, during which the Assembly adopted the Pact for the Future and its annexes, the Global Digital Compact and the Declaration on Future Generations,',
    [DFG, PACT],
  ],
  [
    'The Summit of the Future was held in New York in September 2024. The Summit adopted the Pact for the Future and its annexes, the Global Digital Compact and the Declaration on Future Generations.',
    [DFG, PACT],
  ],
  [
    'Recalling the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, held on 15 and 16 December 2015, at which the Assembly adopted resolution 70/125,',
    ['meeting:high-level-meeting-2015-12-15 resolution:a-res-70-125'],
  ],
  [
    // The modalities resolution named before the meeting is not what the meeting adopted.
    'Recalling its resolution 76/307 on the modalities of the Summit of the Future, at which the Pact for the Future was adopted,',
    [PACT],
  ],
  // Negative: a meeting at which something else was decided adopts nothing.
  [
    'Recalling the Summit of the Future, held on 22 and 23 September 2024, at which the Assembly decided to convene a high-level review of the Declaration on Future Generations,',
    [],
  ],
  // Negative: a statement made at a meeting about a resolution.
  ['At the Summit of the Future, the Secretary-General made a statement on resolution 79/1.', []],
  [
    'The Secretary-General spoke at the Summit of the Future, which welcomed the adoption of resolution 79/1.',
    [],
  ],
  // Negative: another gathering stands between the meeting and "at which".
  [
    'Recalling the Summit of the Future and the action days held before it, at which the Pact for the Future was adopted,',
    [],
  ],
  // Negative: "the Summit" with no summit named before; "the Conference" adopting no instrument.
  ['The Internet Governance Forum 2024 was held in Riyadh. The Summit adopted the Pact for the Future.', []],
  ['The Summit of the Future was held in New York. The Summit adopted its agenda and programme of work.', []],
];

describe('a meeting at which an instrument was adopted produced it', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(produced(text)).toEqual(want);
  });
});
