// A news page dated by its dateline ("Kigali, Rwanda  08 December 2016", rules/document-dated-symbol.ts
// placeDateline) gives its year to a run of days written without one: "The Regional Preparatory Meeting
// (RPM) for Africa was held from 6 to 8 December in Kigali, Rwanda" (ITU news; rules/meeting-dates.ts).
// Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { placeDateline } from '../../../ingest/extract/rules/document-dated-symbol.ts';
import { extractText } from './helpers.ts';

describe('a first line "City, Country  date"', () => {
  it.each([
    ['Kigali, Rwanda  08 December 2016', '2016-12-08'],
    ['Addis Ababa, Ethiopia, 3 October 2023', '2023-10-03'],
    // Not a dateline: one place only, a gathering's name, a range, more words after the date.
    ['Geneva 14 May 2018', undefined],
    ['Virtual Meeting XI, 27 October 2016', undefined],
    ['Second Session, Geneva, 14 May 2018', undefined],
    ['Kigali, Rwanda, 6-8 December 2016', undefined],
    ['Kigali, Rwanda 08 December 2016 Opening remarks', undefined],
  ])('%s → %s', (line, want) => {
    expect(placeDateline(line)).toBe(want);
  });
});

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate ?? '-'} ${n.properties.endDate ?? '-'}`);

describe('days without a year, in a dated page', () => {
  const page = (line: string) =>
    `Kigali, Rwanda  08 December 2016\nRegional news\n\n${line}\n\nThe participants adopted a report.\n`;
  it.each([
    [
      page('The Regional Preparatory Meeting for Africa was held from 6 to 8 December in Kigali, Rwanda.'),
      ['Regional Preparatory Meeting 2016-12-06 2016-12-08'],
    ],
    // The past verb takes the last such days before the page's date: December 2015 for a page of March 2016.
    [
      'Bangkok, Thailand  10 March 2016\nRegional news\n\nThe Regional Expert Meeting was held from 6 to 8 December in Bangkok.\n',
      ['Regional Expert Meeting 2015-12-06 2015-12-08'],
    ],
    // No dateline, no year: no date, no meeting.
    [
      'Regional news\n\nThe Regional Preparatory Meeting for Africa was held from 6 to 8 December in Kigali.\n',
      [],
    ],
  ])('%s', (text, want) => {
    expect(meetings(text)).toEqual(want);
  });
});
