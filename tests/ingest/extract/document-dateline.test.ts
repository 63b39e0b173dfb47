// A web page dates itself with a dateline that opens a line, before a dash
// ("13 Feb 2020 -  The Open-ended Working Group will discuss …", a UN Web TV
// page; "22.04.2015 - Communication & Information Sector", a UNESCO news page, day first): the Document takes that date when its masthead gives none
// (parse/dates.ts datelineStart, rules/document.ts).

import { describe, expect, it } from 'vitest';
import { datelineStart } from '../../../ingest/extract/parse/dates.ts';
import { placedDayLine } from '../../../ingest/extract/rules/document-dated-symbol.ts';
import { extractText } from './helpers.ts';

describe('a dateline opening a line', () => {
  it.each([
    ['13 Feb 2020 -  The Open-ended Working Group will discuss', '2020-02-13'],
    ['December 16, 2015 – The General Assembly adopted', '2015-12-16'],
    ['  4 June 2019 — Geneva. The Forum opened', '2019-06-04'],
    // Figures with stops, day first (a news page's "22.04.2015 - Sample Sector").
    ['03.05.2031 - Communication & Sample Sector', '2031-05-03'],
    ['3.5.2031 - Sample Sector', '2031-05-03'],
    // Not a day: a month above 12, a version number, no dash.
    ['03.13.2031 - Sample Sector', undefined],
    ['1.2.3 - Release notes', undefined],
    ['03.05.2031 Sample Sector', undefined],
    // Not a dateline: no dash after the date, a month without its day, a range, words before the date.
    ['13 February 2020 The Group met', undefined],
    ['February 2020 - The Group met', undefined],
    ['10–14 February 2020 - Second substantive session', undefined],
    ['Held on 13 February 2020 - in New York', undefined],
    ['Second substantive session (10–14 February 2020)', undefined],
  ])('%s → %s', (line, want) => {
    expect(datelineStart(line)).toBe(want);
  });

  const doc = (text: string) => extractText(text).nodes.find((n) => n.type === 'Document')!;
  it('dates a web page', () => {
    const d = doc(
      '(7th meeting) Open-ended working group - Second substantive session (10–14 February 2020)\n13 Feb 2020 -  The Open-ended Working Group will discuss the implications of the use of ICTs.\n',
    );
    expect(d.properties.date).toBe('2020-02-13');
  });
  it('a masthead date still wins', () => {
    const d = doc('Distr.: General\n3 May 2018\n\nReport of the Chair\n\n13 Feb 2020 - The group met.\n');
    expect(d.properties.date).toBe('2018-05-03');
  });
});

// A day with its place on an opening line, a place then a dash and the day, and a press dateline in capitals
// (rules/document-dated-symbol.ts placedDayLine).
describe('a day with its place among the opening lines', () => {
  it.each([
    ['14 March 2017, Vienna, Austria', '2017-03-14'],
    ['3 May 2016, Nairobi', '2016-05-03'],
    ['Addis Ababa – 21 April 2018', '2018-04-21'],
    ['NEW YORK, 5 October 2019 – The Secretary-General will open the forum', '2019-10-05'],
    // Not a date of issue: a range, words after the place, a month alone, a place in lower case, a title.
    ['14-16 March 2017, Vienna, Austria', undefined],
    ['14 March 2017, Vienna, where the panel met', undefined],
    ['March 2017, Vienna', undefined],
    ['New York, 5 October 2019 – The forum opens', undefined],
    ['Regional Meeting – 21 April 2018', undefined],
  ])('%s → %s', (line, want) => {
    expect(placedDayLine(line)).toBe(want);
  });

  const doc = (text: string) => extractText(text).nodes.find((n) => n.type === 'Document')!;
  it('dates a speech under its title', () => {
    const d = doc(
      'Speech by the Director\n\nOpening of the Forum\n\n14 March 2017, Vienna, Austria\n\nDear colleagues,\n',
    );
    expect(d.properties.date).toBe('2017-03-14');
  });
});
