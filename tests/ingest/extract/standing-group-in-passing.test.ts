// A standing group the gazetteer knows is the group a document is about unless it is named once, past the
// masthead (rules/group-mentions.ts inPassing): a chairman's outcomes of another body's meeting that names
// him "Chairman of the Council Working Group on WSIS" is no report of that group. And an ordinal meeting
// "of" a body named but unknown is not the document's group's (rules/meetings-ordinal.ts OF_NAMED).
// Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const PAD =
  'The purpose of this meeting was to develop consensus on the proposed texts for the drafts that were developed from the submissions received during the first phase and from the background documents. ';

describe('a standing group named in passing', () => {
  const cases: [string, string[], string[]][] = [
    [
      `Open Consultation Process\n\n1. The first meeting of the Multistakeholder Sample Platform was held on 7-8 October 2013, in Geneva. ${PAD}${PAD}\n\n2. The meeting was chaired by Mr. Ivan Sample (Russian Federation), Chairman of the Council Working Group on WSIS.`,
      [],
      ['meeting:cwg-wsis-1'],
    ],
    // Positive: the group in the masthead, its numbered meeting.
    [
      'Council Working Group on WSIS\n\n32nd meeting – Geneva, 24-25 January 2018\n\nThe WG-WSIS held its 32nd meeting on 24 and 25 January 2018.',
      ['meeting:cwg-wsis-32 2018-01-24 workinggroup:cwg-wsis'],
      [],
    ],
    // Named twice, past the masthead: the document's group.
    [
      `Invitation\n\n${PAD}${PAD}The Council maintains the Working Group on WSIS (WG-WSIS). The 11th meeting of WG-WSIS would be held on 13-14 June 2007.`,
      ['meeting:cwg-wsis-11 2007-06-13 workinggroup:cwg-wsis'],
      [],
    ],
    // A meeting of a group named but unknown is not the document's group's.
    [
      'The Council maintains the Working Group on WSIS (WG-WSIS). It is proposed to hold a first meeting of the WG on Resolution 149 (WGDef) on 12-13 June 2007. The 11th meeting of WG-WSIS would be held on 13-14 June 2007.',
      ['meeting:cwg-wsis-11 2007-06-13 workinggroup:cwg-wsis'],
      ['meeting:cwg-wsis-1'],
    ],
  ];
  for (const [text, want, not] of cases)
    it(text.slice(0, 80), () => {
      const g = extractText(text);
      expect(g.nodes.some((n) => n.id === 'workinggroup:cwg-wsis')).toBe(true);
      const lines = meetingLines(g);
      for (const w of want) expect(lines).toContain(w);
      for (const n of not) expect(lines.some((l) => l.startsWith(`${n} `))).toBe(false);
    });
});
