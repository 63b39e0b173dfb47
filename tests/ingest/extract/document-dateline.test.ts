// A web page dates itself with a dateline that opens a line, before a dash
// ("13 Feb 2020 -  The Open-ended Working Group will discuss …", a UN Web TV
// page; "22.04.2015 - Communication & Information Sector", a UNESCO news page, day first): the Document takes that date when its masthead gives none
// (parse/dates.ts datelineStart, rules/document.ts).

import { describe, expect, it } from 'vitest';
import { datelineStart } from '../../../ingest/extract/parse/dates.ts';
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
