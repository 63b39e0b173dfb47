// "Pursuant to this request, the Chair established the Working Group …"
// (rules/mandates.ts `pursuant`): the request of the resolution just named
// reaches what is set up. "The request of the group" is the group's own request,
// not a resolution's (seed 001, para 4: "Following the request of the group the
// Secretariat posted the questions …").

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const R = 'resolution:a-res-70-125';
const FIRST =
  'Report of the Chair\n\n1. In General Assembly resolution 70/125 of 16 December 2015, the General Assembly requested the Chair of the Commission on Science and Technology for Development to establish a working group on enhanced cooperation.';
/** The MANDATES from the resolution to the group that the paragraph numbered `para` supports. */
const mandated = (paras: readonly string[], para: string) =>
  extractText([FIRST, ...paras.map((t, i) => `${i + 2}. ${t}`)].join('\n\n')).edges.find(
    (e) =>
      e.type === 'MANDATES' &&
      e.from === R &&
      e.to.startsWith('workinggroup:wgec-') &&
      e.sources.some((s) => s.locator === `para ${para}`),
  );
const NAMED = 'The Working Group on Enhanced Cooperation met on 2 May 2016.';

describe('a request carried to what is set up', () => {
  it.each([
    'Pursuant to this request, the Chair established the Working Group on Enhanced Cooperation on 2 May 2016.',
    'Following the request, the Chair established the Working Group on Enhanced Cooperation on 2 May 2016.',
    'In response to this request, the Chair established the Working Group on Enhanced Cooperation on 2 May 2016.',
    'Pursuant to the request of the General Assembly, the Chair established the Working Group on Enhanced Cooperation on 2 May 2016.',
    'In response to the request by the Economic and Social Council, the Chair established the Working Group on Enhanced Cooperation on 2 May 2016.',
  ])('carried: %s', (second) => {
    expect(mandated([second], '2')).toBeDefined();
  });
  it.each([
    'Following the request of the group the Secretariat posted the questions through a dedicated Working Group mailing list.',
    'Following the request from members, the Secretariat posted the questions through a dedicated Working Group mailing list.',
    'Following the request by the Chair, the Secretariat posted the questions through a dedicated Working Group mailing list.',
  ])('not carried, somebody else requested: %s', (third) => {
    expect(mandated([NAMED, third], '3')).toBeUndefined();
  });
  it('no request named, nothing carried', () => {
    expect(
      mandated(
        [NAMED, 'The Secretariat posted the questions through a dedicated Working Group mailing list.'],
        '3',
      ),
    ).toBeUndefined();
  });
});

// A masthead run into one "sentence" with the request (a web copy of the Secretary-General's WSIS report,
// A/70/63): the session named far before "In response to the request" is not what the request set up; the
// report itself still is.
describe('a request carried only within its own clause', () => {
  const MASTHEAD =
    'GE.98- General Assembly Ninety-eighth session Item 17 of the preliminary list Information and communication technologies for development Progress made in the implementation of the outcomes of the summit at the regional and international levels Report of the Secretary-General Executive summary';
  const R2 = 'resolution:e-res-2096-46';
  const text = `${MASTHEAD} This report has been prepared in response to the request by the Economic and Social Council, in its resolution 2096/46, for the Secretary-General to inform the Commission.`;
  it('no MANDATES to the session in the masthead; the report is mandated', () => {
    const g = extractText(text, 'sg-report.txt');
    const to = g.edges.filter((e) => e.type === 'MANDATES' && e.from === R2).map((e) => e.to);
    expect(to.filter((t) => t.startsWith('meeting:'))).toEqual([]);
    expect(to).toContain('document:sg-report');
  });
});

// "The report was prepared at the request of the Economic and Social Council, in its resolution …" (a report's
// summary): the resolution MANDATES the report itself (q57). Somebody else's request, or "The report" right
// after a sentence citing another report by its symbol, is not this document's mandate.
describe('a report prepared at the request of an organ', () => {
  const R3 = 'resolution:e-res-2096-46';
  const mandates = (text: string) =>
    extractText(text, 'sample-report.txt')
      .edges.filter((e) => e.type === 'MANDATES' && e.from === R3)
      .map((e) => e.to);
  it.each([
    'Sample summary\n\nThe report was prepared at the request of the Economic and Social Council, in its resolution 2096/46, for the Secretary-General to inform the Commission each year.',
    'Sample summary\n\nThe report has been prepared at the request of the General Assembly, in Economic and Social Council resolution 2096/46.',
  ])('mandated: %#', (text) => {
    expect(mandates(text)).toContain('document:sample-report');
  });
  it.each([
    // The Chair's request is no resolution's.
    'Sample summary\n\nEconomic and Social Council resolution 2096/46 asked for a report.\n\nThe report was prepared at the request of the Chair of the group.',
    // "The report" after a sentence citing another report by its symbol is that report.
    'Sample news\n\nMr. Sample introduced the report on progress made (document A/96/64-E/2096/77). The report was prepared at the request of the Economic and Social Council, in its resolution 2096/46.',
  ])('not this document: %#', (text) => {
    expect(mandates(text)).not.toContain('document:sample-report');
  });
});
