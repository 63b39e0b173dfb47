// Numbered conferences named by a title (rules/meetings-conferences.ts), a session a page's title names
// with no date (gazetteer yearlySessions, meetings.ts editionYear), "Chair of this session"
// (chair-this-meeting.ts), a span of months and a host after the city (parse/dates.ts, meeting-place.ts).
// Invented sentences in the forms of ITU, UNCTAD and IGF pages.

import { describe, expect, it } from 'vitest';
import { findDates } from '../../../ingest/extract/parse/dates.ts';
import { extractText, hasEdge, meetingLines } from './helpers.ts';

const node = (text: string, id: string) => extractText(text).nodes.find((n) => n.id === id);

describe('a numbered conference named by its title', () => {
  const text =
    '3 - 21 October 2026, PP-26, Doha, Qatar\n\nThe 22nd ITU Plenipotentiary Conference 2026 (PP-26) elects the Council.\n\nOn 5 October 2026, delegates met at the PP-26 Plenary meeting.\n';
  it('is an edition of the title, dated and placed by the dateline naming its acronym, PART_OF the body', () => {
    const g = extractText(text);
    const n = g.nodes.find((x) => x.id === 'meeting:itu-plenipotentiary-conference-22');
    expect(n?.properties).toMatchObject({
      startDate: '2026-10-03',
      endDate: '2026-10-21',
      ordinal: 22,
      city: 'Doha',
      country: 'Qatar',
    });
    expect(n?.aliases).toContain('PP-26');
    expect(hasEdge(g, 'PART_OF', 'meeting:itu-plenipotentiary-conference-22', 'organization:itu')).toBe(true);
  });
  it('without a dateline, the year of its title dates it', () => {
    const n = node(
      'The 9th World Telecommunication Development Conference 2030 will adopt a plan.',
      'meeting:world-telecommunication-development-conference-9',
    );
    expect(n?.properties.startDate).toBe('2030');
  });
  it('a dateline naming another acronym neither dates nor places it', () => {
    const n = node(
      '3 - 21 October 2026, WTSA-26, Doha, Qatar\n\nThe 22nd ITU Plenipotentiary Conference 2026 (PP-26) elects the Council.\n',
      'meeting:itu-plenipotentiary-conference-22',
    );
    expect(n?.properties.startDate).toBe('2026');
    expect(n?.properties.city).toBeUndefined();
  });
  for (const text of [
    // A body's own name with an ordinal is its session (the session rule's), not a conference.
    'The 56th General Assembly adopted the resolution on 3 May 2002.',
    // No title before the noun (a named gathering at most, never an edition).
    'The 3rd Conference was held on 3 May 2002.',
  ])
    it(`no conference: ${text}`, () => {
      expect(meetingLines(extractText(text)).filter((l) => /conference-\d+ |assembly-56/.test(l))).toEqual(
        [],
      );
    });
});

describe('a session named by a page’s title without a date', () => {
  it('is dated by the year the body met that session (yearly sessions) and placed by "Location:"', () => {
    const n = node(
      'Commission on Science and Technology for Development, 12th session\n\nLocation: Geneva\n\nThe Commission advises the Council.\n',
      'meeting:cstd-12',
    );
    expect(n?.properties).toMatchObject({ startDate: '2009', ordinal: 12, city: 'Geneva' });
  });
  it('a UN masthead over two lines with no date line stays out', () => {
    const g = extractText(
      'Commission on Science and Technology for Development\nTwelfth session\n\nThe Commission advises the Council.\n',
    );
    expect(g.nodes.some((x) => x.id === 'meeting:cstd-12')).toBe(false);
  });
  it('a session named in passing with no date stays out', () => {
    const g = extractText(
      'About the Commission\n\nThe Commission on Science and Technology for Development reviewed the matter at its 12th session.\n',
    );
    expect(g.nodes.some((x) => x.id === 'meeting:cstd-12')).toBe(false);
  });
});

describe('"Chair of this session" is the chair of the page’s meeting', () => {
  const head = 'Commission on Science and Technology for Development, 2030-2031 Inter-sessional Panel\n\n';
  it('a person "…, Permanent Representative of X and Chair of this session" chairs it', () => {
    const g = extractText(
      `${head}Your Excellency, Mr. Joseph Mwangi, Permanent Representative of Kenya and Chair of this session,\nExcellencies,\n`,
    );
    expect(hasEdge(g, 'CHAIRED', 'person:joseph-mwangi', 'meeting:inter-sessional-panel-2030-2031')).toBe(
      true,
    );
  });
  it('"Chair of this session" with no meeting known chairs nothing', () => {
    const g = extractText(
      'Opening remarks\n\nYour Excellency, Mr. Joseph Mwangi, Permanent Representative of Kenya and Chair of this session,\nExcellencies,\n',
    );
    expect(g.edges.some((e) => e.type === 'CHAIRED')).toBe(false);
  });
});

describe('a span of months starts in the first', () => {
  const CASES: [text: string, start: string | undefined, end: string | undefined][] = [
    ['held in November/December 2022', '2022-11', '2022-12'],
    ['held in May–June 2013', '2013-05', '2013-06'],
    // Two months joined by "and" may be two meetings: the last month alone is read, as before.
    ['held in May and June 2013', '2013-06', undefined],
    ['held on 30 November – 2 December 2022', '2022-11-30', '2022-12-02'],
  ];
  for (const [text, start, end] of CASES)
    it(text, () => {
      const d = findDates(text)[0];
      expect(d?.start).toBe(start);
      expect(d?.end).toBe(end);
    });
  it('the host after the city does not hide the city', () => {
    const n = node(
      'The 30th IGF was hosted in Kuala Lumpur by the Government of Malaysia in November/December 2035.',
      'meeting:igf-30',
    );
    expect(n?.properties).toMatchObject({ startDate: '2035-11', endDate: '2035-12', city: 'Kuala Lumpur' });
  });
});
