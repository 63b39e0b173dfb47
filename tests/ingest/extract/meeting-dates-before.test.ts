// A gathering dated before its name (rules/meeting-date-before.ts): "On <date>, <subject> convened the …",
// "From <date>, the <gathering> was held …" (the Chair's summary of a WSIS forum) and a press release's dateline
// read by "opened today"; a body's numbered session dated so, its verb after the body's name ("On <date>, the
// ninth session of <body> was opened at …", UNESCO's news of its councils' sessions); a length word is not part of a name
// (meetings-named.ts); a topic ends with the name it runs into (meeting-topic-names.ts); a gathering named by
// its period (meeting-periods.ts). Invented sentences in the forms of UN DESA and UN News pages.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const meetings = (text: string): string[] => meetingLines(extractText(text));

// [text, a meeting line that must be there (id startDate partOf), one that must not]
const CASES: [text: string, want: string | undefined, not: string][] = [
  [
    'On 12 March 2024, the Department of Economic and Social Affairs convened the 2nd Preparatory Meeting of the review in Geneva.',
    'meeting:2nd-preparatory-meeting-2024-03-12 2024-03-12 -',
    '',
  ],
  [
    'On 4 June 2021, the secretariat organized a regional workshop on data protection in Nairobi.',
    'meeting:regional-workshop-on-data-protection-2021-06-04 2021-06-04 -',
    '',
  ],
  // The date belongs to another clause's verb: no date for the gathering named later.
  [
    'On 4 June 2021, the secretariat announced that a regional workshop on data protection would follow.',
    undefined,
    'meeting:regional-workshop-on-data-protection-2021-06-04 2021-06-04 -',
  ],
  // A month alone does not date the day's verb.
  [
    'On June 2021, the secretariat convened the Regional Workshop on Privacy in Nairobi.',
    undefined,
    'meeting:regional-workshop-on-privacy-2021-06 2021-06 -',
  ],
  [
    '3 October 2024 - The General Assembly High-Level Meeting on Digital Inclusion opened today in New York.',
    'meeting:general-assembly-high-level-meeting-on-digital-inclusion-2024-10-03 2024-10-03 organization:general-assembly',
    '',
  ],
  // "today" without a dateline, or a dateline without "today", dates nothing.
  [
    'The General Assembly High-Level Meeting on Digital Inclusion opened today in New York.',
    undefined,
    'meeting:general-assembly-high-level-meeting-on-digital-inclusion-2024-10-03 2024-10-03 organization:general-assembly',
  ],
  [
    '3 October 2024 - The General Assembly High-Level Meeting on Digital Inclusion will review progress.',
    undefined,
    'meeting:general-assembly-high-level-meeting-on-digital-inclusion-2024-10-03 2024-10-03 organization:general-assembly',
  ],
  // "From <range>, the <gathering> was held": the date opens the sentence the gathering is the subject of.
  [
    'From 3 to 7 May 2031, the Sample Forum High-Level Event 2031 was held in Geneva, Switzerland.',
    'meeting:sample-forum-high-level-event-2031-05-03 2031-05-03 -',
    '',
  ],
  [
    'On 9 June 2031, the Regional Expert Meeting on Sample Data took place in Nairobi.',
    'meeting:regional-expert-meeting-on-sample-data-2031-06-09 2031-06-09 -',
    '',
  ],
  // A body's numbered session, its verb after the body's name ("was opened", "began its work").
  [
    'On 14 May 2031, the 34th session of the Commission on Science and Technology for Development (CSTD) was opened in Geneva.',
    'meeting:cstd-34 2031-05-14 organization:cstd',
    '',
  ],
  [
    'On 14 May 2031, the ninth session of the Commission on Science and Technology for Development began its work by electing its Bureau.',
    'meeting:cstd-9 2031-05-14 organization:cstd',
    '',
  ],
  // A session in another clause, or with a verb that is not its own: no date for it.
  [
    'On 14 May 2031, the Commission decided that the 34th session of the Commission on Science and Technology for Development would be held in Geneva.',
    undefined,
    'meeting:cstd-34 2031-05-14 organization:cstd',
  ],
  [
    'On 14 May 2031, the 34th session of the Commission on Science and Technology for Development adopted its agenda.',
    undefined,
    'meeting:cstd-34 2031-05-14 organization:cstd',
  ],
  // The gathering is no subject of the dated sentence, or has no verb of its own there: no date for it.
  [
    'On 4 June 2031, the Commission decided that the Sample Expert Meeting would be held later.',
    undefined,
    'meeting:sample-expert-meeting-2031-06-04 2031-06-04 -',
  ],
  [
    'From 3 to 7 May 2031, the Sample Forum High-Level Event 2031 programme was published online.',
    undefined,
    'meeting:sample-forum-high-level-event-2031-05-03 2031-05-03 -',
  ],
];

describe('a gathering dated before its name', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = meetings(text);
      if (want) expect(got).toContain(want);
      else expect(got.filter((l) => !l.startsWith('meeting:igf'))).toEqual([]);
      if (not) expect(got).not.toContain(not);
    });
});

const NAMES: [text: string, id: string, name: string][] = [
  // A length word says how long, not which gathering.
  [
    'The Assembly decided to hold a three-day high-level meeting on 2–4 May 2022 in New York.',
    'meeting:high-level-meeting-2022-05-02',
    'High-level meeting',
  ],
  [
    'The Council held a week-long expert seminar on 7 June 2019 in Geneva.',
    'meeting:expert-seminar-2019-06-07',
    'Expert seminar',
  ],
  // The topic's "on" inside a known name runs to that name's end and its acronym.
  [
    'The High-Level Meeting on the Review of the World Summit on the Information Society (WSIS) took place on 9 May 2023.',
    'meeting:high-level-meeting-on-the-review-of-the-world-summit-on-the-information-society-wsis-2023-05-09',
    'High-Level Meeting on the Review of the World Summit on the Information Society (WSIS)',
  ],
  // A topic that ends before a place keeps its words.
  [
    'Experts met at a workshop on cybersecurity on 3 May 2012 in Geneva.',
    'meeting:workshop-on-cybersecurity-2012-05-03',
    'Workshop on cybersecurity',
  ],
];

describe('the name of a gathering', () => {
  for (const [text, id, name] of NAMES)
    it(text.slice(0, 90), () => {
      const n = extractText(text).nodes.find((x) => x.id === id);
      expect(n?.name).toBe(name);
    });
});

describe('a gathering named by its period', () => {
  it('a heading "<Body>, 2030-2031 Inter-sessional Panel" is the panel of that period, the body’s', () => {
    const g = extractText(
      'Commission on Science and Technology for Development, 2030-2031 Inter-sessional Panel\n\nDistinguished delegates, welcome.\n',
    );
    expect(meetingLines(g)).toContain('meeting:inter-sessional-panel-2030-2031 2030 organization:cstd');
  });
  it('a span of more than one year is no gathering’s period', () => {
    const g = extractText(
      'Commission on Science and Technology for Development, 2030-2033 Inter-sessional Panel\n\nWelcome.\n',
    );
    expect(meetingLines(g)).toEqual([]);
  });
});
