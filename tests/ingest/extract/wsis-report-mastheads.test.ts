// Reports on the information society and their web copies (q108: the Secretary-General's annual WSIS reports,
// a working group's report to the General Assembly and ECOSOC, a Commission panel's summary, UN DESA's and
// UNPAN's pages on the IGF and enhanced cooperation). Sentences paraphrased in the genre's style.
//   - a chair writing "on behalf of" a body: the body PRODUCED the report (agents.ts ON_BEHALF);
//   - "in response to the requests by A in its resolution X and by B in its resolution Y": each resolution
//     MANDATES the report (mandates-pursuant.ts `requesting`), one request only the last;
//   - "Summary report prepared by the UNCTAD secretariat" in a masthead: UNCTAD PRODUCED it (produced.ts KIND_LABEL);
//   - the UN's site banner "Welcome to the United Nations | …" titles nothing (site-navigation.ts), nor does a
//     site's name over its menu bar "Register | Login"; the line under the menu bar does (title-issuer-line.ts).

import { describe, expect, it } from 'vitest';
import { inlineSubject } from '../../../ingest/extract/rules/title-inline-subject.ts';
import { extractText } from './helpers.ts';

const edges = (text: string, file: string, type: string) =>
  extractText(text, file)
    .edges.filter((e) => e.type === type)
    .map((e) => `${e.from} -> ${e.to}`);
const title = (text: string, file: string) =>
  extractText(text, file).nodes.find((n) => n.type === 'Document')?.properties?.title;

const WG = 'Working Group on Improvements to the Internet Governance Forum';

describe('a chair writing on behalf of a body', () => {
  it.each([
    [
      `Summary\n\nThis report has been prepared by the Chair on behalf of the ${WG} for the Commission.`,
      true,
    ],
    [`Summary\n\nThe present report was prepared by the Chair on behalf of the ${WG}.`, true],
    // The chair alone, no body after "on behalf of" that is known: nobody.
    ['Summary\n\nThis report has been prepared by the Chair on behalf of several colleagues.', false],
  ])('%s', (text, produced) => {
    const got = edges(text, 'wg-report.txt', 'PRODUCED').filter((e) => e.endsWith('document:wg-report'));
    expect(got.some((e) => e.startsWith('workinggroup:'))).toBe(produced);
  });
});

describe('a report answering the requests of two organs', () => {
  const mandating = (text: string) =>
    edges(text, 'wg-report.txt', 'MANDATES')
      .filter((e) => e.endsWith('document:wg-report'))
      .map((e) => e.split(' -> ')[0])
      .sort();
  it('both resolutions named after "the requests" mandate the report', () => {
    expect(
      mandating(
        'Summary\n\nThis report has been prepared in response to the requests by the Economic and Social Council in its resolution 2096/2 and by the General Assembly in its resolution 96/141.',
      ),
    ).toEqual(['resolution:a-res-96-141', 'resolution:e-res-2096-2']);
  });
  it('one request: only the resolution named last, as before', () => {
    expect(
      mandating(
        'Summary\n\nRecalling resolution 2095/7.\n\nThis report has been prepared in response to the request by the Economic and Social Council in its resolution 2096/2.',
      ),
    ).toEqual(['resolution:e-res-2096-2']);
  });
  it('the requests of someone else carry nothing', () => {
    expect(
      mandating(
        'Summary\n\nRecalling resolution 2096/2.\n\nThis report has been prepared in response to the requests of the members.',
      ),
    ).toEqual([]);
  });
});

describe('a masthead label naming the author', () => {
  const produced = (text: string) =>
    edges(text, 'panel.txt', 'PRODUCED').filter((e) => e.endsWith('document:panel'));
  it.each([
    'Commission on Science and Technology for Development Intersessional panel Geneva, 15–17 December 2096 Summary report prepared by the UNCTAD secretariat. This paper summarizes the discussions.',
    'Commission on Science and Technology for Development Intersessional panel 2096 Issues paper prepared by the UNCTAD secretariat. It presents the themes.',
  ])('labelled: %s', (text) => {
    expect(produced(text)).toContain('organization:unctad -> document:panel');
  });
  it.each([
    'The panel discussed the summary report prepared by the UNCTAD secretariat for the previous session.',
    'Delegates welcomed the Summary report prepared by the UNCTAD secretariat last year.',
  ])('another text named in a sentence: %s', (text) => {
    expect(produced(text)).toEqual([]);
  });
});

describe("a site's banner and menu bar over a page's headline", () => {
  it('the UN banner titles nothing', () => {
    const t = title(
      'Welcome to the United Nations | Department of Economic and Social Affairs\n\nParagraph 76 of the Tunis Agenda asks the Secretary-General to examine the desirability of the continuation of the Forum.',
      'page.txt',
    );
    expect(t ?? '').not.toMatch(/Welcome/);
  });
  it("the headline under a site's name and its menu bar titles the page", () => {
    const t = title(
      'Sample Division of Public Administration (SDPA)\nRegister | Login\nOpen consultations on enhanced cooperation on public policy issues pertaining to the Internet\n\nWhy these consultations?\n\nIn its resolution 2096/2 the Council invited the Secretary-General to convene consultations.',
      'page.txt',
    );
    expect(t).toBe(
      'Open consultations on enhanced cooperation on public policy issues pertaining to the Internet',
    );
  });
  it('a first line over no menu bar stays the headline', () => {
    const t = title(
      'Open consultations on enhanced cooperation\nThe consultations were held in New York.\n\nWhy these consultations?\n\nThe Council invited the Secretary-General to convene them.',
      'page.txt',
    );
    expect(t).toBe('Open consultations on enhanced cooperation');
  });
  it('"Welcome to the IGF" is no UN banner', () => {
    const t = title(
      'Welcome to the IGF 2096 Village\n\nThe village opens on 3 March 2096 in Geneva.',
      'page.txt',
    );
    expect(t).toBe('Welcome to the IGF 2096 Village');
  });
});

// A masthead copied as running text: "… Science and technology for development Progress made in … levels
// Report of the Secretary-General * ** The Economic and Social Council …" (title-inline-subject.ts); and a site's
// header restating "Report of the Secretary-General" above the copy whose own masthead line has the subject above
// it (document-title-subject.ts).
describe("the subject of a masthead's report on the same line", () => {
  it.each([
    [
      'Science and technology for development Progress made in the implementation of the outcomes of the Summit at the regional levels',
      'Progress made in the implementation of the outcomes of the Summit at the regional levels',
    ],
    [
      'questions: Science and technology for development Enhanced cooperation on public policy issues pertaining to the Internet',
      'Enhanced cooperation on public policy issues pertaining to the Internet',
    ],
    ['Continuation of the Internet Governance Forum', 'Continuation of the Internet Governance Forum'],
  ])('%s', (before, subject) => {
    expect(inlineSubject(`${before} `)).toBe(subject);
  });
  it.each([
    // A sentence's words, ending in an article: no subject.
    'The Council took note with appreciation of the',
    // A footnote mark or a label's colon before any boundary: masthead furniture, no subject.
    'Item 13 (b) of the provisional agenda**',
    // Too short to be a report's title.
    'development Progress made',
  ])('none: %s', (before) => {
    expect(inlineSubject(`${before} `)).toBeUndefined();
  });
  const MASTHEAD =
    'United Nations A/96/72–E/2096/48 General Assembly Economic and Social Council Distr.: General 1 April 2096 Original: English General Assembly Ninety-sixth session Item 49 of the preliminary list* Information and communication technologies for development Progress made in the implementation of the outcomes of the Summit at the regional and international levels Report of the Secretary-General * ** The Economic and Social Council, in its resolution 2096/46, requested the Secretary-General to inform the Commission.';
  it('titles the report "<subject> — Report of the Secretary-General"', () => {
    expect(title(MASTHEAD, 'sg-report.txt')).toBe(
      'Progress made in the implementation of the outcomes of the Summit at the regional and international levels — Report of the Secretary-General',
    );
  });
  it('a report of the Secretary-General cited in a sentence titles nothing so', () => {
    const t = title(
      'United Nations A/96/10 General Assembly Distr.: General 1 April 2096 The Assembly took note of the Report of the Secretary-General on the matter.',
      'note.txt',
    );
    expect(t ?? '').not.toMatch(/— Report of the Secretary-General/);
  });
  it("a site's header restating the kind: the masthead's own subject", () => {
    const t = title(
      '• No results found\n\nReport of the Secretary-General\n\nGeneral Assembly\n\nDistr.: General 23 February 2096\n\nScience and technology for development\n\nProgress made in the implementation of the outcomes of the Summit\n\nReport of the Secretary-General\n\nExecutive summary\n\nThis report has been prepared in response to the request by the Council.',
      'sg-report.txt',
    );
    expect(t).toBe(
      'Progress made in the implementation of the outcomes of the Summit — Report of the Secretary-General',
    );
  });
});

// "Pursuant to General Assembly resolution (A/RES/…), the CSTD will hold an open, interactive meeting on …"
// (mandates-pursuant-resolution.ts): the resolution opening the sentence MANDATES the gathering the main clause
// holds; not the body that acts, nor a gathering only mentioned further on.
describe('a resolution opening the sentence that holds a meeting', () => {
  const mandated = (text: string) =>
    edges(text, 'news.txt', 'MANDATES').filter((e) => e.startsWith('resolution:a-res-96-184 -> '));
  it.each([
    'Pursuant to General Assembly resolution 96/184, the CSTD will hold an open, interactive meeting on enhanced cooperation on 18 May 2096, in Geneva, Switzerland.',
    'Pursuant to General Assembly resolution (A/RES/96/184), the Commission convened a meeting on enhanced cooperation on 18 May 2096 in Geneva.',
  ])('mandated: %s', (text) => {
    expect(mandated(text).some((e) => e.includes('-> meeting:'))).toBe(true);
  });
  it.each([
    // No resolution in the opening phrase.
    'Pursuant to its programme of work, the CSTD will hold an open, interactive meeting on enhanced cooperation on 18 May 2096, in Geneva.',
    // The resolution acts on nothing set up: the meeting is only mentioned.
    'Pursuant to General Assembly resolution 96/184, delegates discussed the report before the interactive meeting on enhanced cooperation on 18 May 2096, in Geneva.',
  ])('not mandated by the opening: %s', (text) => {
    expect(mandated(text).filter((e) => e.includes('-> meeting:'))).toEqual([]);
  });
});

// "the CSTD secretariat held a panel meeting in Geneva" (meeting-holders.ts `serviced`): the secretariat services
// its body's gathering; the meeting is no part of the secretariat.
describe('a meeting a secretariat held', () => {
  const owners = (text: string) =>
    edges(text, 'panel.txt', 'PART_OF')
      .filter((e) => e.startsWith('meeting:'))
      .map((e) => e.split(' -> ')[1]);
  it('not PART_OF the secretariat', () => {
    const got = owners(
      'Introduction\n\n1. To help address these themes, the CSTD secretariat held a panel meeting in Geneva, Switzerland, from 15 to 17 December 2096.',
    );
    expect(got.filter((o) => /secretariat/.test(o ?? ''))).toEqual([]);
  });
  it('a body holding its own meeting still owns it', () => {
    const got = owners(
      'Introduction\n\n1. The Commission on Science and Technology for Development held a panel meeting in Geneva, Switzerland, from 15 to 17 December 2096.',
    );
    expect(got).toContain('organization:cstd');
  });
});
