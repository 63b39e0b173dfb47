// A body's unnumbered extraordinary or special session named by an event page's title and dated by its
// "When" field (rules/meetings-extraordinary.ts) and placed by its "Where" field (rules/meeting-where-field.ts),
// and the place of the meeting a page's title names from
// the dateline that opens it (rules/meeting-dateline-place.ts). Invented pages in UNESCO and UN forms.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, meetingLines } from './helpers.ts';

const PAGE = (title: string, when: string): string =>
  `${title}\n\nWhen :\n\n${when}\n\nType of event :\n\nCategory 2-Intergovernmental meeting\n\nAn extraordinary session of the IFAP Council will be held to elect the Bureau.\n\nThe meeting will be chaired by Ms. Ines Varga, Assistant Director-General.\n`;
const TITLE =
  'Extraordinary session of the Intergovernmental Council for the Information for All Programme (IFAP)';

describe('an extraordinary session named by an event page’s title', () => {
  it('is the body’s session of that year, dated by "When", the same session further on, chaired', () => {
    const g = extractText(PAGE(TITLE, 'from Monday 4 March, 2030\nto Tuesday 5 March, 2030'));
    const id = 'meeting:ifap-council-extraordinary-session-2030';
    const n = g.nodes.find((x) => x.id === id);
    expect(n?.properties).toMatchObject({ startDate: '2030-03-04', endDate: '2030-03-05' });
    expect(n?.aliases).toContain('extraordinary session of the IFAP Council');
    expect(hasEdge(g, 'PART_OF', id, 'organization:ifap-council')).toBe(true);
    expect(hasEdge(g, 'CHAIRED', 'person:ines-varga', id)).toBe(true);
  });
  const none: [name: string, text: string][] = [
    ['no "When" field: undated', PAGE(TITLE, 'Type of event :').replace('When :\n\n', '')],
    ['a sentence, not a field, under "When"', PAGE(TITLE, 'It met in 2030. It meets again on 4 March 2031.')],
    // A numbered special session is the session rule's.
    ['numbered', PAGE(TITLE.replace('Extraordinary', 'Third extraordinary'), 'Monday 4 March, 2030')],
    ['not the title', PAGE('About the Programme', 'Monday 4 March, 2030')],
    ['no body after it', PAGE('Extraordinary session of the partners', 'Monday 4 March, 2030')],
  ];
  for (const [name, text] of none)
    it(`no session: ${name}`, () => {
      expect(meetingLines(extractText(text)).filter((l) => /extraordinary/.test(l))).toEqual([]);
    });
});

describe('an extraordinary session placed by the page’s "Where" field', () => {
  const where = (value: string): string =>
    PAGE(TITLE, 'from Monday 4 March, 2030').replace(
      'Type of event :',
      `Where :\n\n${value}\n\nType of event :`,
    );
  const city = (text: string) =>
    extractText(text).nodes.find((x) => x.id === 'meeting:ifap-council-extraordinary-session-2030')
      ?.properties;
  it('an address ending "City, Member State": its city and country', () => {
    expect(city(where('Sample Headquarters, 12, rue Exemple, 75015, Lyon, France'))).toMatchObject({
      city: 'Lyon',
      country: 'France',
    });
  });
  const none: [name: string, value: string][] = [
    ['no Member State last', 'Sample Headquarters, 12, rue Exemple, Lyon, Rhone'],
    ['a postcode before the State', 'Sample Headquarters, Lyon 75015, France'],
    ['a sentence, not a field', 'The session will be held in Lyon, France.\nIt lasts a day, France'],
  ];
  for (const [name, value] of none)
    it(`no place: ${name}`, () => expect(city(where(value))?.city).toBeUndefined());
});

describe('the place of the meeting a page’s title names, from its opening dateline', () => {
  const page = (first: string, day: string, title: string): string =>
    `${first}\n\n${day}\n\n${title}\n\nThe pandemic has shown the power of the Internet.\n`;
  const TITLE16 = 'Video message for the Opening Session of the 16th Internet Governance Forum';
  it('"City, Member State" then a day of the edition’s year: its city and country', () => {
    const g = extractText(page('Katowice, Poland', '07 December 2021', TITLE16));
    expect(g.nodes.find((x) => x.id === 'meeting:igf-16')?.properties).toMatchObject({
      city: 'Katowice',
      country: 'Poland',
    });
  });
  const none: [name: string, text: string][] = [
    [
      'a day of another year (a message about an earlier Forum)',
      page('Katowice, Poland', '07 December 2023', TITLE16),
    ],
    ['not a Member State after the city', page('Katowice, Silesia', '07 December 2021', TITLE16)],
    ['no day line under it', page('Katowice, Poland', 'Remarks', TITLE16)],
  ];
  for (const [name, text] of none)
    it(`no place: ${name}`, () => {
      expect(extractText(text).nodes.find((x) => x.id === 'meeting:igf-16')?.properties.city).toBeUndefined();
    });
});
