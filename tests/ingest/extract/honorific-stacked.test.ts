import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

// "Prof. Dr Vladimir Minkin" stacks two honorifics (an ITU working group's officers): the doctor's title
// is no first name, and the first honorific is kept. "H .E. Mr. X" (a space set inside the style) is "H.E. Mr.".
const people = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => `${n.name} ${n.properties.honorific ?? '-'}`)
    .sort();

describe('stacked honorifics', () => {
  const cases: [string, string[]][] = [
    ['The group is chaired by Prof. Dr Vladimir Sample (Russian Federation).', ['Vladimir Sample Prof.']],
    ['The group is chaired by Prof. Dr. Anna Sample (Germany).', ['Anna Sample Prof.']],
    ['The group is chaired by Prof Dr Anna Sample (Germany).', ['Anna Sample Prof.']],
    // "H.E." set with a stray space by a web page's copy ("chaired by H .E. Mr. X", an ITU forum's outcomes
    // page): the style stacked before the honorific, the honorific kept.
    ['The forum was chaired by H .E. Mr. Ivan Sample, Minister of Posts.', ['Ivan Sample Mr.']],
    ['The statement was read by H .E. Anna Sample of Ruritania.', ['Anna Sample H.E.']],
    ['The forum was chaired by H. E. Mr. Ivan Sample, Minister of Posts.', ['Ivan Sample Mr.']],
    // The H closing a word ("UNH") opens no style.
    ['The plan went to UNH .E. Sample said nothing.', []],
    // Unchanged: one honorific, and a Dr before a name.
    ['The group is chaired by Dr Anna Sample (Germany).', ['Anna Sample Dr.']],
    ['The group is chaired by Prof. Anna Sample (Germany).', ['Anna Sample Prof.']],
    // "Dr" followed by no name is not eaten: "Prof. Dre Sample" keeps its first name.
    ['The group is chaired by Prof. Dre Sample (Germany).', ['Dre Sample Prof.']],
  ];
  for (const [text, want] of cases)
    it(text, () => {
      expect(people(text)).toEqual(want);
    });
});
