// People opening a sentence that "serve as" or "have been appointed … as" its chairs (rules/chairs-appointed-as.ts),
// as the announcements of the Secretary-General's panels name their co-chairs, each with a post held elsewhere.
// Sentences paraphrase the genre; the people and their bodies are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chairs = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

const PANEL =
  'The Secretary-General established the High-level Panel on Digital Cooperation. The Panel includes 20 experts from all regions.\n\n';
const GATES = 'person:ana-example workinggroup:hlpdc Co-Chair';
const MA = 'person:ben-sample workinggroup:hlpdc Co-Chair';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'honorifics, posts between, "serve as Co-Chairs" of the body the paragraph before is about',
    `${PANEL}Ms. Ana Example, Co-Chair of the Example Foundation, and Mr. Ben Sample, Executive Chairman of the Sample Group, serve as Co-Chairs.`,
    [GATES, MA],
    [],
  ],
  [
    'bare names with lower-case posts, "appointed by … as co-chairs of the panel"',
    `${PANEL}Ana Example, executive chair of Example Group, and Ben Sample, president of the Sample Institute, have been appointed by the Secretary-General as co-chairs of the panel.`,
    [GATES, MA],
    [],
  ],
  [
    'one person, "will serve as Vice-Chair"',
    `${PANEL}Mr. Ben Sample, Minister of Sample Affairs, will serve as Vice-Chair of the panel.`,
    ['person:ben-sample workinggroup:hlpdc Vice-Chair'],
    [MA],
  ],
  [
    'names before another verb: they meet the co-chairs',
    `${PANEL}Ana Example, Minister of Sample Affairs, and Ben Sample met the Co-Chairs of the panel.`,
    [],
    [GATES, MA],
  ],
  [
    'a body named after "of the" that no rule knows: no body to chair',
    `${PANEL}Ana Example, executive chair of Example Group, and Ben Sample serve as Co-Chairs of the Sample Steering Committee.`,
    [],
    [GATES, MA],
  ],
  [
    'a name inside the sentence, not opening it',
    `${PANEL}The Secretary-General thanked Ms. Ana Example and Mr. Ben Sample, who will serve as Co-Chairs.`,
    [],
    [GATES, MA],
  ],
  [
    'no body named or spoken of before',
    'Ana Example, executive chair of Example Group, and Ben Sample, president of the Sample Institute, serve as Co-Chairs.',
    [],
    [GATES, MA],
  ],
];

describe('chairs named before "serve as" / "appointed as" their role', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = chairs(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
