// The date of issue under "Distr.: General" when a blank line parts them (rules/document-issue-date.ts): a report
// copied from a web page sets each masthead line apart ("Distr.: General" | "15 June 2021" | "English only",
// A/HRC/47/24/Add.2), and its session's dates stand higher up. Invented masthead.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const masthead = (below: string) =>
  [
    'Ending sample shutdowns',
    '',
    'Human Rights Council',
    '',
    'Ninety-seventh session',
    '',
    '21 June–9 July 2091',
    '',
    'Agenda item 3',
    '',
    'Promotion and protection of all human rights',
    '',
    'Ending sample shutdowns: a path forward',
    '',
    'Distr.: General',
    '',
    below,
    '',
    'English only',
    '',
    '1. The report looks at sample shutdowns.',
  ].join('\n');

const issued = (text: string) => extractText(text).nodes.find((n) => n.type === 'Document')?.properties.date;

describe('"Distr.: General" over its date, a blank line between', () => {
  it('takes the date alone on the next passage', () => {
    expect(issued(masthead('15 June 2091'))).toBe('2091-06-15');
  });
  it('not a sentence that holds a date', () => {
    expect(issued(masthead('The session opened on 15 June 2091 in Geneva.'))).not.toBe('2091-06-15');
  });
});
