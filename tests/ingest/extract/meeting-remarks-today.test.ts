// A release's lead line "Following are the Director's remarks at the <gathering>, in <City> today:" dates the
// gathering by the release's own date (rules/meeting-remarks-today.ts); a gathering held "to launch the
// <name>" is named through it, not taken for the gathering it launches (meeting-name-guards.ts HELD_TO).
// Invented texts in the releases' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.id)
    .sort();

const STAMP = '03/14/2031 | Press release | Distributed by Public on 03/14/2031 09:12\n\n';
const CASES: [text: string, want: string[]][] = [
  [
    `${STAMP}Director Opens Data Forum\n\nFollowing are the Director's remarks at the regional workshop on data governance, in Sample City today:\n\nGood morning.`,
    ['meeting:regional-workshop-on-data-governance-2031-03-14'],
  ],
  [
    `${STAMP}Director Opens Data Forum\n\nFollowing are the Director's remarks at the high-level informal meeting to launch the Global Dialogue on AI Governance, in New York today:\n\nGood morning.`,
    ['meeting:high-level-informal-meeting-to-launch-the-global-dialogue-on-ai-governance-2031-03-14'],
  ],
  [
    'The high-level informal meeting to launch the Global Dialogue on AI Governance was held in New York on 25 September 2031.',
    ['meeting:high-level-informal-meeting-to-launch-the-global-dialogue-on-ai-governance-2031-09-25'],
  ],
  // Negative: no date of the release; "today" in another clause.
  [
    "Following are the Director's remarks at the regional workshop on data governance, in Sample City today:\n\nGood morning.",
    [],
  ],
  [
    `${STAMP}Director Opens Data Forum\n\nThe Director spoke at the regional workshop on data governance last year, and today she said it mattered.`,
    [],
  ],
];

describe('remarks given at a gathering today', () => {
  for (const [text, want] of CASES) it(text.slice(0, 80), () => expect(meetings(text)).toEqual(want));
});
