// A double surname named again without the first name (rules/people.ts): "Mr.
// David Example Lind", then "Mr. Example Lind" is the same person, as verbatim
// records write delegates. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

describe('the last words of a longer name', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'I request the Rapporteur, Mr. David Example Lind of Guatemala, to introduce the reports.\n\nMr. Example Lind (Guatemala), Rapporteur: It is an honour.',
      ['person:david-example-lind'],
      ['person:example-lind'],
    ],
    // An initial is not a surname; a different first name is a different person.
    [
      'Mr. Jan V. Sample and Mr. V. Sample attended. Ms. Ana Rita Example and Ms. Rita Example spoke.',
      ['person:jan-v-sample', 'person:ana-rita-example'],
      [],
    ],
    ['Mr. Tom Sample spoke. Mr. Jon Sample replied.', ['person:tom-sample', 'person:jon-sample'], []],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const ids = extractText(text)
        .nodes.filter((n) => n.type === 'Person')
        .map((n) => n.id);
      for (const w of want) expect(ids).toContain(w);
      for (const n of not) expect(ids).not.toContain(n);
    });
});
