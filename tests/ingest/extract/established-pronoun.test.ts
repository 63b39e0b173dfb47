// "It was jointly organized by …" right after the sentence that opens with a gathering is said of that
// gathering (rules/established-pronoun.ts), and "the United Nations Economic and Social Commission for Asia
// and the Pacific" organising it is ESCAP, not the United Nations (rules/agents.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const established = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => `${e.from} ${e.to}`);

const HELD = '1. The Interagency Meeting on Example Technology was held at Bangkok on 22 August 2001.';
const MEETING = 'meeting:interagency-meeting-on-example-technology-2001-08-22';

describe('"It was organized by" after a gathering', () => {
  it.each([
    [
      `${HELD} It was jointly organized by the United Nations Economic and Social Commission for Asia and the Pacific (ESCAP) and the International Telecommunication Union (ITU).`,
      [`organization:escap ${MEETING}`, `organization:itu ${MEETING}`],
      [`organization:united-nations ${MEETING}`],
    ],
    // The sentence before does not open with the gathering: "It" is something else.
    [
      'Participants recalled that the Interagency Meeting on Example Technology was held at Bangkok on 22 August 2001. It was organized by the International Telecommunication Union.',
      [],
      [`organization:itu ${MEETING}`],
    ],
    // "It" opening no passive of organising: nothing.
    [
      `${HELD} It was attended by the International Telecommunication Union.`,
      [],
      [`organization:itu ${MEETING}`],
    ],
    // The United Nations acting under its own name still does.
    [
      `${HELD} It was organized by the United Nations in Bangkok.`,
      [`organization:united-nations ${MEETING}`],
      [],
    ],
  ])('%s', (text, want, not) => {
    const got = established(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
