// A brief's or statement's month of issue on a line of its own under its title is the Document's date,
// "YYYY-MM" (rules/document-month-line.ts); a fuller masthead date wins, and a month lower down dates
// nothing. Invented texts.

import { describe, expect, it } from 'vitest';
import { monthLineDate } from '../../../ingest/extract/rules/document-month-line.ts';
import { extractText } from './helpers.ts';

describe('a month line under the title', () => {
  it.each([
    ['Example Policy Brief 9\n\nMay 2098\n\nPolicy Brief\n\nThe brief sets out actions.', '2098-05'],
    ['Example Forum Messages\nDecember 2097\nThe messages were compiled.', '2097-12'],
    // Negative: a month in a sentence, a month lower down, a month with a day.
    ['Example Brief\n\nThe brief was issued in May 2098.', undefined],
    [
      'Example Brief\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nTimeline\n\nMay 2098\n\nConsultations began.',
      undefined,
    ],
    ['Example Brief\n\nMay 3 2098\n\nText.', undefined],
    // Under a press release's symbol and headline, a month alone is no date of issue.
    ['XY/9999\n\nGroup Renewed\n\nJuly 2098\n\nThe group was renewed.', undefined],
  ])('%s', (text, want) => expect(monthLineDate(text)).toBe(want));

  const dateOf = (text: string, file: string) =>
    extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
      .date;
  it('dates the Document by the month line', () => {
    expect(
      dateOf(
        'Example Policy Brief 9\n\nMay 2098\n\nThe brief sets out actions for Member States.\n',
        'brief.txt',
      ),
    ).toBe('2098-05');
  });
  it('keeps a whole day of the masthead before the month line', () => {
    const text =
      'Example Policy Brief 9\n\nMay 2098\n\n12 June 2098\n\nThe brief sets out actions for Member States.\n';
    expect(dateOf(text, 'brief2.txt')).toBe('2098-06-12');
  });
});
