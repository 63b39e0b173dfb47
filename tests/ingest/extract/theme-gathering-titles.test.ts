// A decision titled by the gathering it convenes, "91/117. Panel on the right to sample privacy" (the Human
// Rights Council's decision 25/117 on a panel), is about the panel's subject; "Panel on …" is no topic
// (themes.ts resolutionTitle, q94). A title that is a topic stays whole; a title cut at its line's end, going
// on over a long line ("80/173. Outcome document of the high-level meeting of the" over "General Assembly on
// …", A/RES/80/173 from its PDF), gives no theme. Invented decisions.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

const decision = (title: string) =>
  [
    'Human Rights Council Ninety-first session',
    '',
    'Decision adopted by the Human Rights Council',
    '',
    `91/117. ${title}`,
    '',
    'At its 54th meeting, on 27 March 2098, the Human Rights Council decided to adopt the text below:',
    '',
    'The Human Rights Council,',
    '',
    '1. Decides to convene the panel at its ninety-second session;',
  ].join('\n');

describe("a gathering's title names its subject", () => {
  const CASES: [title: string, want: string, not: string][] = [
    [
      'Panel on the right to sample privacy in the age of widgets',
      'theme:the-right-to-sample-privacy-in-the-age-of-widgets',
      'theme:panel-on-the-right-to-sample-privacy-in-the-age-of-widgets',
    ],
    [
      'High-level panel discussion on sample widgets and rights',
      'theme:sample-widgets-and-rights',
      'theme:high-level-panel-discussion-on-sample-widgets-and-rights',
    ],
    // Negative: a topic title stays whole ("on" inside it is no gathering's).
    [
      'Sample widgets and rights on the Internet',
      'theme:sample-widgets-and-rights-on-the-internet',
      'theme:the-internet',
    ],
  ];
  it.each(CASES)('%s', (title, want, not) => {
    const themes = nodeIds(decision(title), 'Theme');
    expect(themes).toContain(want);
    expect(themes).not.toContain(not);
  });
});

describe("a title cut at its line's end", () => {
  it('gives no theme of its first line', () => {
    const themes = nodeIds(
      decision(
        'Outcome document of the high-level meeting of the\nSample Assembly on the overall review of the implementation of the outcomes of the Sample Summit',
      ),
      'Theme',
    );
    expect(themes.filter((t) => t.startsWith('theme:outcome-document'))).toEqual([]);
  });
});
