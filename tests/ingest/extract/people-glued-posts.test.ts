// A post glued to a name where a web page set the name and the post in two blocks and lost the space
// between them ("Mr. Houlin ZhaoSecretary-General of ITU", a Broadband Commission briefing page): the name
// ends where the post starts (rules/people.ts GLUED). "His/Her Excellency" written out is "H.E.". Texts
// are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const people = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => `${n.name} ${n.properties.honorific ?? '-'}`)
    .sort();

const CASES: [string, string[]][] = [
  ['Speakers included Mr. Jan SampleSecretary-General of Examplia.', ['Jan Sample Mr.']],
  ['Speakers included Ms. Ana ExampleMinister of ICT of Examplia.', ['Ana Example Ms.']],
  ['Speakers included Mr. Bo SampCEO of Example Telecom.', ['Bo Samp Mr.']],
  ['Speakers included Dr. Tom ExampleAssistant Director-General of UNESCO.', ['Tom Example Dr.']],
  ['Speakers included Mr. Lee SampleUnder-Secretary General of the UN.', ['Lee Sample Mr.']],
  ['Speakers included Ms. Eva Sample MartinDirector of the Bureau.', ['Eva Sample Martin Ms.']],
  ['Her Excellency Mercy Example, former Minister of Examplia, joined.', ['Mercy Example H.E.']],
  ['His Excellency Mr. Tom Sample opened the meeting.', ['Tom Sample Mr.']],
  // Negative: a capital inside a name that opens no post stays; "Her" before a common noun names nobody.
  ['Mr. Ian McDonald spoke.', ['Ian McDonald Mr.']],
  ['Mr. Robert DeBroux chaired.', ['Robert DeBroux Mr.']],
  ['Ms. Ana LaRue Vice Chair of the Group spoke.', ['Ana LaRue Ms.']],
  ['Her Majesty Queen Example opened the session.', []],
  ['Her Delegation welcomed the report.', []],
];

describe('a post glued to a name', () => {
  for (const [text, want] of CASES) it(text, () => expect(people(text)).toEqual(want));
});
