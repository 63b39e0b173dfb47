import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

// "Prof. Dr Vladimir Minkin" stacks two honorifics (an ITU working group's officers): the doctor's title
// is no first name, and the first honorific is kept.
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
