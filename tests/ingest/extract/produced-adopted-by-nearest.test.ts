// "… adopted by …" in a resolution's preamble (rules/produced.ts, rules/references.ts, rules/agents.ts):
//   - a known name that only opens a conference's name is not the adopting body: "adopted by the United
//     Nations Conference on Widgets for Development" is no PRODUCED by the United Nations (GA 48/179);
//   - a participle after a comma is said of the name right before it and the names listed with it, not of
//     every instrument the sentence names earlier (GA 50/101: "…, 4/ adopted by UNCTAD at its eighth session");
//   - a second "adopted by" takes only what follows the first.
// Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const UN = 'organization:united-nations';
const UNCTAD = 'organization:unctad';
const OSLO = 'resolution:oslo-declaration-on-widgets';
const BERGEN = 'resolution:bergen-commitment';
const LISBON = 'resolution:lisbon-programme-of-action-on-widgets';
const LISBON_SHORT = 'resolution:lisbon-programme-of-action';

const CASES: [text: string, from: string, to: string, want: boolean][] = [
  [
    'Reaffirming the Lisbon Programme of Action on Widgets, adopted by the United Nations Conference on Widgets for Development in 1979,',
    UN,
    LISBON,
    false,
  ],
  [
    'Reaffirming the Oslo Declaration on Widgets, 1/ and recalling the relevant paragraphs of the Lisbon Programme of Action and the Bergen Commitment, 2/ adopted by the United Nations Conference on Trade and Development at its eighth session,',
    UNCTAD,
    BERGEN,
    true,
  ],
  [
    'Reaffirming the Oslo Declaration on Widgets, 1/ and recalling the relevant paragraphs of the Lisbon Programme of Action and the Bergen Commitment, 2/ adopted by the United Nations Conference on Trade and Development at its eighth session,',
    UNCTAD,
    LISBON_SHORT,
    true,
  ],
  [
    'Reaffirming the Oslo Declaration on Widgets, 1/ and recalling the relevant paragraphs of the Lisbon Programme of Action and the Bergen Commitment, 2/ adopted by the United Nations Conference on Trade and Development at its eighth session,',
    UNCTAD,
    OSLO,
    false,
  ],
  [
    'Recalling the Bergen Commitment, adopted by the United Nations Conference on Trade and Development at its eighth session, and the recommendations adopted by the United Nations Conference on Environment and Development,',
    UN,
    BERGEN,
    false,
  ],
  [
    'Welcoming the Oslo Declaration on Widgets, adopted by UNESCO in 2001,',
    'organization:unesco',
    OSLO,
    true,
  ],
  // A common noun for a document between the instrument and the verb is what the verb is said of (q60).
  [
    'The panel was called for in General Assembly resolution 99/167, which discussed the report submitted by UNESCO on sample rights.',
    'organization:unesco',
    'resolution:a-res-99-167',
    false,
  ],
  [
    'The meeting took note of resolution 99/167 and the annual study prepared by UNESCO.',
    'organization:unesco',
    'resolution:a-res-99-167',
    false,
  ],
  // An instrument's name modifying a common noun (A/RES/80/118 ¶35): the noun is what was prepared.
  [
    'Takes note of the sample process and 2030 Agenda-Global Digital Compact matrix prepared by UNESCO, which maps the objectives,',
    'organization:unesco',
    'resolution:2030-agenda',
    false,
  ],
  [
    'We note the sample process and 2030 Agenda–Global Digital Compact matrix, prepared by UNESCO, which maps the objectives,',
    'organization:unesco',
    'resolution:2030-agenda',
    false,
  ],
  [
    'Welcomes the 2030 Agenda implementation matrix prepared by UNESCO,',
    'organization:unesco',
    'resolution:2030-agenda',
    false,
  ],
  // Negative: an auxiliary or an adverb before the verb leaves the instrument its object.
  [
    'Recalling the Oslo Declaration on Widgets, which was adopted by UNESCO in 2001,',
    'organization:unesco',
    OSLO,
    true,
  ],
  [
    'Recalling the Oslo Declaration on Widgets unanimously adopted by UNESCO in 2001,',
    'organization:unesco',
    OSLO,
    true,
  ],
  // Negative: the instrument right before the verb is still the one it is said of.
  [
    'The meeting took note of General Assembly resolution 99/167, submitted by UNESCO.',
    'organization:unesco',
    'resolution:a-res-99-167',
    true,
  ],
];

describe('the body a preamble says adopted an instrument', () => {
  it.each(CASES)('%s → %s PRODUCED %s: %s', (text, from, to, want) => {
    expect(hasEdge(extractText(text), 'PRODUCED', from, to)).toBe(want);
  });
});
