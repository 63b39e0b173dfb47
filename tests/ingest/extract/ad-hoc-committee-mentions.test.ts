// "the Ad Hoc Committee" on a page about the Ad Hoc Committee to Elaborate a … Convention on … Criminal Purposes
// is that committee (rules/group-mentions.ts genericNames): "On behalf of the Chair of the Ad Hoc Committee,
// H.E. Ms. X, …" (a stakeholder's post announcing a consultation) names its Chair. Not where the committee is
// named only in passing, far down a page about something else. Synthetic sentences in the genre's style.

import { describe, expect, it } from 'vitest';
import { chairedAndBodies } from './helpers.ts';

const AHC =
  'Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes';
const FILLER =
  'The Institute works on public diplomacy and digital policy with partners in many regions, publishes notes on the negotiations it follows, and trains young diplomats in drafting, negotiation and the use of multilateral procedure. Its members meet twice a year. ';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'a page about the committee: "the Chair of the Ad Hoc Committee, H.E. Ms. X" chairs it',
    `Call for panellists\n\nIn relation to the work of the ${AHC}, reference is made to resolution 75/282.\n\nOn behalf of the Chair of the Ad Hoc Committee, H.E. Ms. Jane EXAMPLE, stakeholders are invited to apply.`,
    ['person:jane-example workinggroup:ahc-cybercrime'],
    [],
  ],
  [
    'the committee named once in passing, far down: "the Ad Hoc Committee" is not it',
    `About the Institute\n\n${FILLER}${FILLER}It also followed the ${AHC}.\n\nThe Chair of the Ad Hoc Committee, Ms. Jane EXAMPLE, spoke.`,
    [],
    ['person:jane-example workinggroup:ahc-cybercrime'],
  ],
];

describe('"the Ad Hoc Committee" on a page about the cybercrime Ad Hoc Committee', () => {
  it.each(CASES)('%s', (_name, text, want, not) => {
    const got = chairedAndBodies(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
