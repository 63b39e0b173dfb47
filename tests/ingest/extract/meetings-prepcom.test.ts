// The World Summit's preparatory meetings named by their short name with a date (rules/meetings-prepcom.ts):
// "PrepCom-3 … from 19 to 30 September 2005" is the Tunis phase's third PrepCom, a 2003 date the Geneva phase's.
// Not without a date, not in a text naming no WSIS, not a resumed session, not a date past the clause. Synthetic
// sentences in the style of ITU's and the UN's releases on the Summit.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting' && n.id.startsWith('meeting:wsis-prepcom'))
    .map((n) => `${n.id} ${n.properties.startDate}–${n.properties.endDate} ${n.properties.city ?? '-'}`);

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'a PrepCom of 2005 with its dates and city',
    'Geneva, 20 July 2005 - Internet governance will be the focus of the third Preparatory Committee meeting (PrepCom-3) of the WSIS to be held in Geneva, Switzerland, from 19 to 30 September 2005.',
    ['meeting:wsis-prepcom-3-tunis-phase 2005-09-19–2005-09-30 Geneva'],
  ],
  [
    'a PrepCom of 2003 is the Geneva phase',
    'The WSIS PrepCom-2 met from 17 to 28 February 2003 in Geneva.',
    ['meeting:wsis-prepcom-2-geneva-phase 2003-02-17–2003-02-28 Geneva'],
  ],
  [
    'a place past the clause is not its place',
    'The Preparatory Committee for the WSIS held its third session (PrepCom-3) from 19 to 30 September 2005 in Geneva1 and, by a decision of its Bureau, reconvened in Tunis from 13 to 15 November 2005 at the Kram Palexpo.',
    ['meeting:wsis-prepcom-3-tunis-phase 2005-09-19–2005-09-30 -'],
  ],
  // Negatives.
  ['no date', 'The preliminary report was presented to WSIS PrepCom-2 in Geneva.', []],
  [
    'between two PrepComs',
    'Meetings held between PrepCom-2 and PrepCom-3 will feed into the WSIS process.',
    [],
  ],
  ['a resumed session', 'The Resumed Session of PrepCom-3 of the WSIS met from 13 to 15 November 2005.', []],
  ['no WSIS in the text', 'The conference PrepCom-2 met from 2 to 13 April 2012 in New York.', []],
  ['a year of no WSIS PrepCom', 'The WSIS PrepCom-1 met from 2 to 5 May 2014 in Geneva.', []],
];

describe("the Summit's preparatory meetings", () => {
  it.each(CASES)('%s', (_name, text, want) => {
    expect(meetings(text)).toEqual(want);
  });
});
