// A working group's years may come from a later sentence that refers to it as "the Working Group", in the
// same or the next paragraph, when it is the only group named from its paragraph's start to that sentence
// (rules/group-follow-up.ts, q98); a sentence dating its meetings gives the years of all of them
// (group-years.ts ownSpan). Texts are invented.

import { describe, expect, it } from 'vitest';
import { ownSpan } from '../../../ingest/extract/rules/group-years.ts';
import { extractText } from './helpers.ts';

const NAME = 'the Working Group on Example Policy';

// [sentence naming the group, years it gives the group or undefined]
const SPANS: [sentence: string, span: [number, number] | undefined][] = [
  [`${NAME} held five meetings between September 2016 and January 2018.`, [2016, 2018]],
  [`${NAME} met in Geneva on 3 March 2017 and in New York on 5 June 2018.`, [2017, 2018]],
  [`${NAME} was established on 5 May 2016 and will report in 2018.`, [2016, 2016]],
  // Negative: no act of the group's own, or only a cited instrument's date.
  [`The Commission took note of the report of ${NAME}, issued on 3 May 2019.`, undefined],
  [`${NAME} held meetings, as requested in resolution 70/999 of 16 December 2015.`, undefined],
];

describe('the years a sentence gives the group it names', () => {
  for (const [s, span] of SPANS)
    it(s, () => {
      const from = s.indexOf('Working Group');
      expect(ownSpan(s, from, from + 'Working Group on Example Policy'.length)).toEqual(span);
    });
});

const groups = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.id)
    .sort();

const KNOWN = '1. Recalls the report of the High-level Panel on Digital Cooperation.\n\n';
const MET = 'Also notes that the Working Group held five meetings between September 2016 and January 2018.';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    "the next paragraph's 'the Working Group' dates the one group named before it",
    `${KNOWN}2. Notes the work of the Working Group on Example Policy, set up by the Commission.\n\n3. ${MET}\n`,
    ['workinggroup:hlpdc', 'workinggroup:wgep-2016-2018'],
  ],
  [
    'so does a sentence of the same paragraph',
    `${KNOWN}2. Notes the work of the Working Group on Example Policy, set up by the Commission. ${MET}\n`,
    ['workinggroup:hlpdc', 'workinggroup:wgep-2016-2018'],
  ],
  [
    'a group named after another group without years is kept with its own',
    `1. Recalls the reports of the High-level Panel on Digital Cooperation and of the Working Group on Example Skills.\n\n2. Notes the work of the Working Group on Example Policy, set up by the Commission.\n\n3. ${MET}\n`,
    ['workinggroup:hlpdc', 'workinggroup:wgep-2016-2018'],
  ],
  // Negative.
  [
    'two groups named before it: either may be meant',
    `${KNOWN}2. Notes the work of the Working Group on Example Policy and of the Working Group on Example Skills.\n\n3. ${MET}\n`,
    ['workinggroup:hlpdc'],
  ],
  [
    'a working group without a name named before it',
    `${KNOWN}2. Notes the work of the Working Group on Example Policy and welcomes the establishment of a dedicated working group.\n\n3. ${MET}\n`,
    ['workinggroup:hlpdc'],
  ],
  [
    "another group's sentence dates that group, not this one",
    `${KNOWN}2. Notes the work of the Working Group on Example Policy.\n\n3. Also notes that the Working Group on Example Skills held five meetings between September 2016 and January 2018.\n`,
    ['workinggroup:hlpdc', 'workinggroup:wges-2016-2018'],
  ],
  [
    'two paragraphs later is too far',
    `${KNOWN}2. Notes the work of the Working Group on Example Policy.\n\n3. Welcomes the progress made.\n\n4. ${MET}\n`,
    ['workinggroup:hlpdc'],
  ],
  [
    'a sentence that dates no act of the group',
    `${KNOWN}2. Notes the work of the Working Group on Example Policy.\n\n3. Also notes that the Working Group took note of resolution 70/999 of 16 December 2015.\n`,
    ['workinggroup:hlpdc'],
  ],
];

describe('the years a later sentence gives a working group', () => {
  for (const [name, text, want] of CASES) it(name, () => expect(groups(text)).toEqual(want));
});
