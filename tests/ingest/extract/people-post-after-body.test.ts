// Posts and memberships written next to a name in IGF notices (rules/post-after-body.ts,
// post-apposition.ts member, people-bare-apposition.ts, people.ts): "United Nations Under-Secretary-General
// for Economic and Social Affairs, Mr. X" (AFFILIATED_WITH titled by the post), "Ms. X, MAG Member and …"
// (MEMBER_OF), "The Special Adviser for Internet Governance to the Secretary-General, X, …" (a person
// without honorific, AFFILIATED_WITH the body the adviser is "to": post-first-claims.ts), "Mr. Ole‑Martin X"
// (a non-breaking hyphen inside a name). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

/** People, then their AFFILIATED_WITH (with title) and MEMBER_OF edges. */
const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => n.id),
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'MEMBER_OF')
      .map((e) => `${e.type} ${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`),
  ].sort();
};

const CASES: [text: string, want: string[]][] = [
  [
    'In her closing remarks United Nations Under-Secretary-General for Economic and Social Affairs, Ms. Jane Example, thanked the host.',
    [
      // The post heads the Department of Economic and Social Affairs too (people-department-posts.ts).
      'AFFILIATED_WITH person:jane-example organization:un-desa Under-Secretary-General for Economic and Social Affairs',
      'AFFILIATED_WITH person:jane-example organization:united-nations Under-Secretary-General for Economic and Social Affairs',
      'person:jane-example',
    ],
  ],
  // Negative: no post between the body and the name.
  ['The United Nations, Ms. Jane Example said, will help.', ['person:jane-example']],
  // Negative: a State's post is a delegation's, not read here.
  ['The Kenya Special Envoy, Mr. Jon Sample, spoke.', ['person:jon-sample']],
  [
    'The meeting was moderated by Ms. Ana Sample, MAG Member and the Youth Coordinator.',
    ['MEMBER_OF person:ana-sample organization:igf-mag', 'person:ana-sample'],
  ],
  // Negative: a chair is no member here, nor are a body's Member States.
  ['The meeting was opened by Ms. Ana Sample, MAG Chair.', ['person:ana-sample']],
  ['The statement of Mr. Jon Sample, UNESCO Member States and others followed.', ['person:jon-sample']],
  [
    'The Special Adviser for Internet Governance to the Secretary-General, Jan Examplewicz, has been asked to continue as Chairman.',
    [
      'AFFILIATED_WITH person:jan-examplewicz organization:secretary-general Special Adviser for Internet Governance',
      'person:jan-examplewicz',
    ],
  ],
  // Negative: an adviser "of" a body is no adviser "to" it, nor is a post that is no adviser.
  [
    'The Special Adviser for Internet Governance of the Secretary-General, Jan Examplewicz, spoke.',
    ['person:jan-examplewicz'],
  ],
  // Negative: a State after the post is no name.
  ['The Special Adviser for Internet Governance to the Secretary-General, Switzerland, agreed.', []],
  ['On my left is Mr. Ole\u2011Martin Sample, the host country Chair.', ['person:ole-martin-sample']],
  ['On my left is Mr. Ole-Martin Sample, the host country Chair.', ['person:ole-martin-sample']],
];

describe('posts and memberships beside a name', () => {
  for (const [text, want] of CASES) it(text.slice(0, 80), () => expect(facts(text)).toEqual(want));
});
