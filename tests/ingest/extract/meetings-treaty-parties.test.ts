// Gatherings of a treaty's parties as the Convention on Certain Conventional Weapons' reports and UN press
// releases write them (rules/meetings-named.ts, meeting-name-grammar.ts, meeting-dates.ts, meeting-place.ts):
// the name goes on over "of the High Contracting Parties" / "of the States Parties"; a page number, a modal
// or a verb of doing before the noun is no part of a name; a year-named Meeting is not dated in a later year;
// a masthead's date of issue (before "Original:"), the one day it "concluded on", the words after the clause
// naming it as an agent ("established by …, will be held …"), a year in a later "which" clause and a numbered
// "Decision 1" date or place nothing.
// Sentences are invented in the style of the genre.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => {
      const p = n.properties;
      return `${n.name}|${p.startDate ?? ''}|${p.endDate ?? ''}|${p.city ?? ''}|${p.venue ?? ''}`;
    });

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The Meeting of the States Parties to the Convention held from 18 to 19 November 2030 agreed on new mandates.',
    ['Meeting of the States Parties|2030-11-18|2030-11-19||'],
    [],
  ],
  [
    '1 Meeting of the High Contracting Parties to the Convention on Sample Weapons 11 December 2030 Original: English XYZ/MSP/2030/8 Geneva, November 2030 Item 18 of the agenda Final report',
    ['Meeting of the High Contracting Parties|2030-11|||'],
    ['1 Meeting', 'Meeting of the High Contracting Parties|2030-12-11'],
  ],
  [
    'The Meeting of the States Parties also decided that the Chairperson-designate would undertake consultations on the preparation of the Fourth Review Conference, which is scheduled to be held in 2031.',
    [],
    // Nor does the year of the Conference in the "which" clause date the consultations.
    [
      'Chairperson-designate',
      'Undertake',
      'Would',
      'Consultations on the preparation of the Fourth Review Conference|2031',
    ],
  ],
  [
    'The 2030 Meeting of the High Contracting Parties decided to organize "the Group of Governmental Experts, for a duration of 10 days, from 4 to 8 March 2031".',
    [],
    ['2030 Meeting of the High Contracting Parties|2031'],
  ],
  [
    // Without the article (a CCW GGE report): not a "2030 Meeting".
    'The 2030 Meeting of High Contracting Parties to the Convention on Sample Weapons, held in Geneva from 22 to 24 November 2030, decided that the Group would meet again.',
    ['2030 Meeting of High Contracting Parties|2030-11-22|2030-11-24|Geneva|'],
    ['2030 Meeting|'],
  ],
  [
    'The 2030 Meeting of the High Contracting Parties was held from 13 to 15 November 2030 in Geneva.',
    ['2030 Meeting of the High Contracting Parties|2030-11-13|2030-11-15|Geneva|'],
    [],
  ],
  [
    'The Meeting of the High Contracting Parties, chaired by Ambassador Jon Sample of Greece, concluded on 13 November 2030 by adopting a mandate.',
    [],
    ['Meeting of the High Contracting Parties|2030-11-13'],
  ],
  [
    'The Tenth Session of the Group, established by the Second Review Conference of the States Parties on 21 December 2031, will be held from 7 to 11 March at the Palais des Nations in Geneva.',
    ['Second Review Conference of the States Parties|2031-12-21|||'],
    ['Second Review Conference of the States Parties|2031-12-21||Geneva'],
  ],
  [
    'The Fifth Review Conference held from 12 to 16 December 2030 at Geneva decided, as contained in Decision 1 of its Final Document, to establish a group.',
    [],
    ['Fifth Review Conference|2030-12-12|2030-12-16|Decision'],
  ],
  [
    'The Sixth Review Conference was held in Geneva from 12 to 16 December 2031.',
    ['Sixth Review Conference|2031-12-12|2031-12-16|Geneva|'],
    [],
  ],
];

describe('meetings of a treaty’s parties', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = meetings(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.filter((g) => g.startsWith(n))).toEqual([]);
  });
});
