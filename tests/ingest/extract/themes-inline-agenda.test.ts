// Known themes named by the items of an agenda given inline ("The meeting considered the following issues
// on its agenda: …; …; …."), themes-discussed.ts.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const HEAD = 'Report on the expert meeting on open data*\n\nHeld between 3 and 4 June 2024 in Geneva\n\n';
const M = 'meeting:expert-meeting-on-open-data-2024-06-03';
const DG = 'theme:data-governance';

const cases: [string, string, boolean][] = [
  [
    'the meeting reported on takes up a known theme its agenda names',
    '3. The meeting considered the following issues on its agenda: election of officers; review of recent work on data governance; and dates for the next meeting.',
    true,
  ],
  [
    'a meeting named as the subject',
    '3. At the outset, the expert meeting on open data adopted the following items of its agenda: opening; data governance frameworks; closing.',
    true,
  ],
  [
    'not a theme named after the agenda sentence ended',
    '3. The meeting considered the following issues on its agenda: election of officers; methods of work. Several experts later raised data governance.',
    false,
  ],
  [
    'not another body’s agenda',
    '3. The Bureau considered the following issues on its agenda: election of officers; review of recent work on data governance.',
    false,
  ],
  ['not without an agenda list', '3. The meeting noted the importance of data governance.', false],
];

describe('an inline agenda names the themes a meeting takes up', () => {
  for (const [name, text, want] of cases)
    it(name, () => {
      expect(hasEdge(extractText(`${HEAD}${text}`), 'ADDRESSES', M, DG)).toBe(want);
    });
});
