// A press release dates itself in figures on a line of its own, day first
// ("17/11/2004" under the headline, GA/EF/3097): the Document takes that date
// (parse/dates.ts numericDateLine, rules/document.ts).

import { describe, expect, it } from 'vitest';
import { numericDateLine } from '../../../ingest/extract/parse/dates.ts';
import { extractText } from './helpers.ts';

describe('a date in figures alone on its line', () => {
  it.each([
    ['17/11/2004', '2004-11-17'],
    [' 3/6/2019 ', '2019-06-03'],
    ['23/11/2005', '2005-11-23'],
    ['2006/46', undefined],
    ['A/60/100', undefined],
    ['17/13/2004', undefined],
    ['32/11/2004', undefined],
    ['17/11/2004 Press Release', undefined],
    ['resolution 17/11/2004', undefined],
    // Full stops, as European ministries' sites write the date over a statement (q61).
    ['26.09.2031.', '2031-09-26'],
    ['3.6.2031', '2031-06-03'],
    // Negative: two separators that differ, a version number, a month above 12.
    ['26.09/2031', undefined],
    ['1.2.3', undefined],
    ['26.13.2031.', undefined],
  ])('%s → %s', (line, want) => {
    expect(numericDateLine(line)).toBe(want);
  });

  const doc = (text: string) => extractText(text).nodes.find((n) => n.type === 'Document')!;
  it('dates a press release', () => {
    const d = doc(
      'GA/EF/3097\n\nDELEGATES STRESS NEED FOR FUNDING AS SECOND COMMITTEE CONCLUDES DEBATE\n\n17/11/2004\nPress Release\nGA/EF/3097\n\nSecond Committee\n\nThe Committee concluded its debate.',
    );
    expect(d.properties.date).toBe('2004-11-17');
  });
  it('a date written in words in the masthead still wins', () => {
    const d = doc('Distr.: General\n3 May 2018\n\nReport of the Chair\n\n17/11/2004\n\nThe group met.');
    expect(d.properties.date).toBe('2018-05-03');
  });
  it('figures inside a sentence date nothing', () => {
    const d = doc('Report of the Chair\n\nThe group met on 17/11/2004 in Geneva.');
    expect(d.properties.date).toBeUndefined();
  });
});
