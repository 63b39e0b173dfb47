// "Chaired by" in the passive (rules/chaired-by.ts): the people listed after
// "by" chair the body named before the verb, or the body "the Panel" after the
// list refers back to (A/74/821 ¶1: "Co-chaired by …, the 20 members of the
// Panel served …"). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chaired = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

const HLP = 'In July 2018, the Secretary-General convened a High-level Panel on Digital Cooperation. ';

describe('chaired by', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      `${HLP}The panel will be co-chaired by Ms. Ana Example, Co-Chair of the Example Foundation, and Mr. Jon Sample, Executive Chairman of Sample Group.`,
      ['person:ana-example workinggroup:hlpdc Co-Chair', 'person:jon-sample workinggroup:hlpdc Co-Chair'],
      [],
    ],
    [
      `${HLP}Co-chaired by Ms. Ana Example and Mr. Jon Sample, the 20 members of the Panel served in their personal capacities.`,
      ['person:ana-example workinggroup:hlpdc Co-Chair', 'person:jon-sample workinggroup:hlpdc Co-Chair'],
      [],
    ],
    [
      'The Commission on Science and Technology for Development is chaired by Mr. Jon Sample.',
      ['person:jon-sample organization:cstd Chair'],
      [],
    ],
    // Not the body: a person named in the sentence after the list, or no body to refer to.
    [
      `${HLP}The session was moderated by Ms. Ana Example and chaired by nobody in particular.`,
      [],
      ['person:ana-example workinggroup:hlpdc Chair'],
    ],
    ['The discussion was chaired by Mr. Jon Sample.', [], ['person:jon-sample']],
    // Two verbs, one agent: the meeting a report is about was chaired (and opened) by him (an interagency
    // meeting's report, Bangkok 2001); "opened by" alone is no chairing.
    [
      'The Interagency Meeting on Example Technology was held at Bangkok on 22 August 2001. The meeting was chaired and opened by Mr. Jon Sample, Executive Secretary.',
      ['person:jon-sample meeting:interagency-meeting-on-example-technology-2001-08-22 Chair'],
      [],
    ],
    [
      'The Interagency Meeting on Example Technology was held at Bangkok on 22 August 2001. The meeting was opened by Mr. Jon Sample, Executive Secretary.',
      [],
      ['person:jon-sample'],
    ],
    // A bare name after the verb when "It" stands for the body the sentence before opened with
    // (IGF 2023 Day 0 transcript: "And the panel consists of ten members. It's Chaired by …").
    [
      `${HLP}And the panel consists of ten members.  It's Chaired by Ana Example, and our Vice Chair is Jon Sample.`,
      ['person:ana-example workinggroup:hlpdc Chair', 'person:jon-sample workinggroup:hlpdc Vice-Chair'],
      [],
    ],
    // No bare person: no pronoun subject, a body's or a State's name, or a sentence before about no body.
    [`${HLP}The panel was chaired by Ana Example.`, [], ['person:ana-example']],
    [`${HLP}And the panel consists of ten members. It is chaired by Saudi Arabia.`, [], ['person:saudi']],
    [
      `${HLP}And the panel consists of ten members. It is chaired by the Example Foundation.`,
      [],
      ['person:'],
    ],
    [`${HLP}And the discussion went on. It was chaired by Ana Example.`, [], ['person:ana-example']],
    // "The meeting of <body> was chaired by": she chaired the gathering, not the body (an IGF session report).
    [
      'The meeting of the Commission on Science and Technology for Development (CSTD) was chaired by Ms. Ana Example, the focal point.',
      [],
      ['person:ana-example organization:cstd'],
    ],
    [
      'A session of the Commission on Science and Technology for Development was chaired by Mr. Jon Sample.',
      [],
      ['person:jon-sample organization:cstd'],
    ],
    // The body itself before the verb is still chaired.
    [
      'The Commission on Science and Technology for Development (CSTD) was chaired by Ms. Ana Example.',
      ['person:ana-example organization:cstd Chair'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 110), () => {
      const got = chaired(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
