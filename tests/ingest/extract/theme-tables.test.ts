// The known themes in the rows of an issues / categories table are taken up by the meeting reported on
// (theme-tables.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD = 'Report on the expert meeting on open data*\n\nHeld between 3 and 4 June 2024 in Geneva\n\n';
const M = 'meeting:expert-meeting-on-open-data-2024-06-03';
const ROWS = '1 Fighting online fraud Cybercrime\n\n2 Training of regulators Capacity building\n\n';

const themes = (text: string): string[] =>
  extractText(`${HEAD}${text}`)
    .edges.filter((e) => e.type === 'ADDRESSES' && e.from === M && e.to !== 'theme:open-data')
    .map((e) => e.to)
    .sort();

const cases: [string, string, string[]][] = [
  [
    'rows under an issues / categories header',
    `Mapping of issues\n\nNo Issues Categories Status\n\n${ROWS}1. The meeting agreed to continue the mapping.\n`,
    ['theme:capacity-building', 'theme:cybercrime'],
  ],
  [
    'topics / groupings header',
    `Topics Grouping\n\n${ROWS}1. The meeting agreed to continue the mapping.\n`,
    ['theme:capacity-building', 'theme:cybercrime'],
  ],
  ['not rows without a header', `Mapping of issues\n\n${ROWS}1. The meeting agreed to continue.\n`, []],
  [
    'not a paragraph after the table',
    'No Issues Categories\n\n1. The meeting agreed that cybercrime and capacity building needed further work.\n',
    [],
  ],
  [
    'not the words in running text',
    '1. Issues categories were discussed at length, and the participants noted that cybercrime remains a concern for many developing countries and their regulators.\n',
    [],
  ],
];

describe('an issues table names the themes a meeting takes up', () => {
  for (const [name, text, want] of cases)
    it(name, () => {
      expect(themes(text)).toEqual(want);
    });
});
