// A working group's first year from the sentence that set it up (rules/working-groups.ts): "on 22 March
// 2013, the Chair of the CSTD announced the establishment of the Working Group" makes a group meeting in
// 2014 the WGEC 2013–2014, not a "2014–2014" one. A request to set one up, or a resolution's date, is not
// that act. Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.id);

const MEETING =
  'The third meeting of the Working Group on Enhanced Cooperation (WGEC) took place in Geneva on 30 April 2014.';

describe('the year a group was set up', () => {
  const CASES: [text: string, want: string, not: string][] = [
    [
      `${MEETING}\n\nOn 22 March 2013, the Chair of the CSTD announced the establishment of the Working Group.`,
      'workinggroup:wgec-2013-2014',
      'workinggroup:wgec-2014-2014',
    ],
    [
      `${MEETING}\n\nThe Working Group was constituted on 5 June 2013 by the Chair.`,
      'workinggroup:wgec-2013-2014',
      'workinggroup:wgec-2014-2014',
    ],
    // A request to set it up, or a resolution with its date, gives no year.
    [
      `${MEETING}\n\nOn 21 December 2012 the Assembly invited the Chair to establish the Working Group.`,
      'workinggroup:wgec-2014-2014',
      'workinggroup:wgec-2012-2014',
    ],
    [
      `${MEETING}\n\nThe Working Group was established pursuant to resolution 67/195 of 21 December 2012.`,
      'workinggroup:wgec-2014-2014',
      'workinggroup:wgec-2012-2014',
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(MEETING.length + 2, MEETING.length + 100), () => {
      const got = groups(text);
      expect(got).toContain(want);
      expect(got).not.toContain(not);
    });
});
