// "Chair of X and Coordinator of Y": a second post joined by "and" ends the chaired body's name
// (rules/chair-of-named.ts); a process the gazetteer knows, or its edition, is chaired by no Organization
// (rules/affiliation-chaired-words.ts): the Process itself is the one chaired (rules/chair-process.ts, CHAIRED
// Person → Process), an edition ("NETmundial+10", its 2024 meeting) is not. Sentences in the style of a multistakeholder meeting's press
// releases; names are invented.

import { describe, expect, it } from 'vitest';
import { chairedAndBodies } from './helpers.ts';

const chaired = chairedAndBodies;

const CASES: [text: string, want: string[]][] = [
  // A second post after "and": the body ends before it.
  [
    'Ms Jane Example, Chair of the Sample Foundation and Coordinator of the Exampleton Network, spoke.',
    [
      'organization:exampleton-network',
      'organization:sample-foundation',
      'person:jane-example organization:sample-foundation',
    ],
  ],
  [
    'Mr. Jon Sample, Chair of the Alma Trust and Executive Director of the Rosa Institute, opened the event.',
    ['organization:alma-trust', 'person:jon-sample organization:alma-trust'],
  ],
  // Not a post after "and": the name goes on.
  [
    'Ms Jane Example, Chair of the Sample Science and Technology Foundation, spoke.',
    [
      'organization:sample-science-and-technology-foundation',
      'person:jane-example organization:sample-science-and-technology-foundation',
    ],
  ],
  // A known process, or its edition, is no Organization; the process is chaired.
  [
    'Jon Sample, Chairman of NETmundial, has stated at the closing: "It was a milestone".',
    ['person:jon-sample process:netmundial'],
  ],
  [
    'Ms Jane Example, Chair of NETmundial+10 and Coordinator of the Sample Network, spoke.',
    ['organization:sample-network'],
  ],
  ['Mr. Jon Sample, Chair of WSIS+10, spoke.', ['person:jon-sample process:wsis+10']],
];

describe('chair of a body followed by a second post, or of a known process', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(chaired(text)).toEqual(want);
  });
});
