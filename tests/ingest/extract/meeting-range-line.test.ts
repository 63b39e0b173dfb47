// A range line alone right under a page's title naming a session (rules/meeting-date-lines.ts dayRangeLine,
// read by meeting-window.ts): "CSTD – Eighteenth Session" over "4 May 2015 - 8 May 2015" (a digital-policy
// observatory's page) dates the session by those days, not only by its year. A reporting year, a range under
// a heading further down, or a range under a title naming no meeting dates nothing. Invented text around a real body
// (the gazetteer's yearly sessions give the year alone).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const dates = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.id} ${n.properties.startDate} ${n.properties.endDate ?? '-'}`);

const BODY = '\n\nThe week-long meeting was organized around two priority themes chosen by the members.';

describe('a range line under a session title', () => {
  it.each([
    [`CSTD – Eighteenth Session\n\n4 May 2015 - 8 May 2015${BODY}`, 'meeting:cstd-18 2015-05-04 2015-05-08'],
    // A single day under a heading was read before (meeting-window.ts DATE_LINE): unchanged.
    [`CSTD – Eighteenth Session\n\n8 June 2015${BODY}`, 'meeting:cstd-18 2015-06-08 -'],
    [`CSTD – Eighteenth Session\n\n1 January 2015 - 31 December 2015${BODY}`, 'meeting:cstd-18 2015 -'],
  ])('%s', (text, want) => expect(dates(text)).toEqual([want]));

  it.each([
    // A title naming no meeting.
    `Annual report of the Ocean Data Forum\n\n4 May 2098 - 8 May 2098${BODY}`,
    // A heading further down the page: the line may date a part of the page (and the year alone is only a
    // title's, meeting-edition-year.ts).
    `News\n\nCSTD – Eighteenth Session\n\n4 May 2015 - 8 May 2015${BODY}`,
  ])('dates nothing: %s', (text) => expect(dates(text)).toEqual([]));
});
