// Names of working groups (rules/working-groups.ts): where the name ends.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const names = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.name);

const CASES: [text: string, want: string[], not: string[]][] = [
  // A letter's next clause ("I would like") is not a numbered group.
  [
    'Next steps\n\n03 March 2016\n\nFurther to my note on the establishment of the Working Group on Enhanced Cooperation I would like to thank you.',
    ['Working Group on Enhanced Cooperation (2016–2016)'],
    ['Working Group on Enhanced Cooperation I (2016–2016)'],
  ],
  [
    'The Working Group on Internet Governance (2004-2005) submitted its report.',
    ['Working Group on Internet Governance (2004–2005)'],
    [],
  ],
  // "to the" inside a name; but the body a report goes to is not part of the name.
  [
    'The report of the Working Group on Improvements to the Internet Governance Forum (2011-2012) was issued.',
    ['Working Group on Improvements to the Internet Governance Forum (2011–2012)'],
    ['Working Group on Improvements (2011–2012)'],
  ],
  [
    'The Commission took note of the report of the Working Group on Enhanced Cooperation (2016-2018) to the Commission on Science and Technology for Development.',
    ['Working Group on Enhanced Cooperation (2016–2018)'],
    [
      'Working Group on Enhanced Cooperation to the Commission on Science and Technology for Development (2016–2018)',
    ],
  ],
];

describe('working group names', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = names(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
