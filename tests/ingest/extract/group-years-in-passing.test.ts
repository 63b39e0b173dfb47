// A working group takes years only from what the text says of that group (rules/working-groups.ts,
// rules/group-years.ts, q93): named in passing after the known group the document is about, not the
// document's date nor the meetings the text dates; never the date of a resolution cited beside it, of a
// masthead, or another group's span. Texts are invented.

import { describe, expect, it } from 'vitest';
import { ownYear } from '../../../ingest/extract/rules/group-years.ts';
import { extractText } from './helpers.ts';

const NAME = 'the Working Group on Example Policy';

// [sentence naming the group, year it gives the group or undefined]
const OWN: [sentence: string, year: number | undefined][] = [
  [`${NAME} was established on 5 May 2016.`, 2016],
  [`${NAME} (WGEP) met in Geneva on 3 March 2017.`, 2017],
  [`${NAME} held its first meeting on 3 March 2017.`, 2017],
  [`It is proposed to hold a meeting of ${NAME} on 12 June 2018.`, 2018],
  [`On 22 March 2013, the Chair announced the establishment of ${NAME}.`, 2013],
  [
    `${NAME} was established on 5 May 2016, as requested by the Assembly in its resolution 70/999 of 16 December 2015.`,
    2016,
  ],
  // Negative: a cited instrument's date, a masthead's, a report's, a request to set one up.
  [
    `${NAME} was established as requested by the Assembly in its resolution 70/999 of 16 December 2015.`,
    undefined,
  ],
  [`Geneva, 15-25 May 2017 / Report by the Chair of ${NAME} / Document C17/15`, undefined],
  [`The Commission took note of the report of ${NAME}, issued on 3 May 2019.`, undefined],
  [`Recalling the convening of ${NAME}, as requested in resolution 70/999 of 16 December 2015.`, undefined],
];

describe('the year a sentence gives the group it names', () => {
  for (const [s, year] of OWN)
    it(s, () => {
      const from = s.indexOf('Working Group');
      expect(ownYear(s, from, from + 'Working Group on Example Policy'.length)).toBe(year);
    });
});

const groups = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.id)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    "the document's date is not the years of a group named in passing after the known group it is about",
    'United Nations\nDistr.: General\n3 May 2031\n\nThe High-level Panel on Digital Cooperation took note of the report of the Working Group on Example Skills of the Broadband Commission.\n',
    ['workinggroup:hlpdc'],
  ],
  [
    'its own meeting dates it',
    'United Nations\nDistr.: General\n3 May 2031\n\nThe Working Group on Example Safety held its first meeting on 2 April 2030 in Geneva.\n',
    ['workinggroup:wges-2030-2030'],
  ],
  [
    'a resolution cited beside it does not date it',
    'The Working Group on Example Policy was established as requested by the Assembly in its resolution 70/999 of 16 December 2015.',
    ['workinggroup:wgep'],
  ],
  [
    'the date of its setting up does',
    'The Working Group on Example Policy was established on 5 May 2016 as requested by the Assembly in its resolution 70/999 of 16 December 2015.',
    ['workinggroup:wgep-2016-2016'],
  ],
  [
    'another group named beside it keeps its own years, not this one’s',
    'The Working Group on Example Policy held its first meeting on 5 May 2016. It took note of the report of the Working Group on Example Skills.',
    ['workinggroup:wgep-2016-2016', 'workinggroup:wges'],
  ],
  [
    'a group named in passing after the known group the text is about takes none of its meetings’ years',
    'The High-level Panel on Digital Cooperation held meetings in Geneva on 3 May 2031 and 4 June 2032. The Panel took note of the report of the Working Group on Example Skills of the Broadband Commission.',
    ['workinggroup:hlpdc'],
  ],
];

describe('the years of a working group named in passing', () => {
  for (const [name, text, want] of CASES) it(name, () => expect(groups(text)).toEqual(want));
});
