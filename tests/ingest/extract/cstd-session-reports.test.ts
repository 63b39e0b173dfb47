// Reports of the Commission on Science and Technology for Development on its sessions (E/20xx/31-E/CN.16/20xx/…)
// as document-sharing sites copy their covers, and a news item quoting an ECOSOC resolution on the WSIS follow-up.
// A PDF line break inside a subsidiary's part leaves a tail that is no symbol, and a lost dash glues the Council
// half (symbol-grammar.ts); the Official Records' organ holds no session but its records' own
// (session-records-series.ts); a site's header lines push the cover's title down (produced-session-report.ts);
// a request "to establish a working group which would report to the Commission at its … session" sets up the
// group, not the session (mandates-own-session.ts). Hand-written sentences, invented numbers.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const CSTD = 'organization:cstd';

describe('symbols of a report cover broken or glued by a PDF copy', () => {
  const CASES: [string, string[]][] = [
    ['E/2098/31E/CN.16/2098/5', ['E/2098/31-E/CN.16/2098/5']],
    ['United Nations A/98/63E/2098/10 General', ['A/98/63-E/2098/10']],
    // Negative: the tail of "E/C" | "N.16/…" cut by a line break is no symbol.
    ['E/2098/31E/C\n\nN.16/2098/5', ['E/2098/31']],
    ['N.16/2098/5', []],
    // Negative: a subsidiary's part inside a symbol, and two symbols a space apart, stay as they were.
    ['see A/C.2/98/SR.20 and E/CN.16/2098/CRP.1', ['A/C.2/98/SR.20', 'E/CN.16/2098/CRP.1']],
    ['E/2098/31 E/CN.16/2098/5 United Nations', ['E/2098/31', 'E/CN.16/2098/5']],
  ];
  it.each(CASES)('%j', (text, symbols) => {
    expect(findSymbols(text, 'dash').map((s) => s.symbol)).toEqual(symbols);
  });
});

describe('the Official Records organ holds no session of the report it publishes', () => {
  // [text, meeting that must be there, meeting that must not]
  const CASES: [string, string | undefined, string | undefined][] = [
    [
      'Commission on Science and Technology for Development\n\nReport on the ninety-eighth session (4-8 May 2098)\n\nEconomic and Social Council Official Records, 2098\n\nSupplement No. 11\n',
      'meeting:cstd-98',
      'meeting:ecosoc-98',
    ],
    [
      '2 Economic and Social Council Official Records, 2098 Supplement No. 11 Commission on Science and Technology for Development Report on the ninety-eighth session (4-8 May 2098) United Nations New York, 2098\n',
      undefined,
      'meeting:ecosoc-98',
    ],
    [
      'Report on the ninety-eighth session (4-8 May 2098)\n\nEconomic and Social CouncilOfficial Records, 2098Supplement No. 11\n',
      undefined,
      'meeting:ecosoc-98',
    ],
    // Negative: the Council acting in the text holds its session.
    [
      'Note\n\nThe Economic and Social Council held its ninety-eighth session from 4 to 8 May 2098 in Geneva.\n',
      'meeting:ecosoc-98',
      undefined,
    ],
  ];
  it.each(CASES)('%j', (text, present, absent) => {
    const g = extractText(text);
    if (present) expect(hasNode(g, present)).toBe(true);
    if (absent) expect(hasNode(g, absent)).toBe(false);
  });
});

describe("a session report's cover under a document-sharing site's header lines", () => {
  const HEADER = [
    '+ All Categories',
    'Home > Documents > Commission on Science and Technology for Development',
    'Date post: 05-Oct-2098',
    'Category:',
    'Upload: others',
    'View: 0 times',
    'Share this document with a friend',
    '38',
    'E/2098/31-E/CN.16/2098/4 United Nations Commission on Science and Technology for Development Report on the ninety-eighth session',
    'Transcript',
    'Page 1: Commission on Science and Technology for Development',
    'E/2098/31-E/CN.16/2098/4',
    'United Nations',
  ].join('\n\n');
  const DOC = 'document:e-2098-31-e-cn-16-2098-4';
  it('the Commission named over the title produced the report', () => {
    const text = `${HEADER}\n\nCommission on Science and Technology for Development\n\nReport on the ninety-eighth session (4–8 May 2098)\n\nEconomic and Social Council Official Records, 2098\n\nSupplement No. 31\n`;
    expect(hasEdge(extractText(text), 'PRODUCED', CSTD, DOC)).toBe(true);
  });
  it('negative: a title with a sentence, not a body line, above it', () => {
    const text = `${HEADER}\n\nDelegates of the Commission on Science and Technology for Development met in Geneva.\n\nReport on the ninety-eighth session (4–8 May 2098)\n\nSupplement No. 31\n`;
    expect(hasEdge(extractText(text), 'PRODUCED', CSTD, DOC)).toBe(false);
  });
});

describe('a request to set up a group that reports to the Commission at its session', () => {
  const MEETING = 'meeting:cstd-98';
  it('the Chair sets up the group, not the session it reports to', () => {
    const g = extractText(
      'By its resolution 2098/2, the Economic and Social Council invites the Chair of the Commission on Science and Technology for Development to establish a working group which would report to the Commission at its ninety-eighth session from 4 to 8 May 2098.\n',
    );
    expect(hasEdge(g, 'MANDATES', 'resolution:e-res-2098-2', MEETING)).toBe(true);
    expect(hasEdge(g, 'ESTABLISHED', CSTD, MEETING)).toBe(false);
  });
  it('negative: a meeting the addressee is asked to convene is still established', () => {
    const g = extractText(
      'In its resolution 2098/2, the Economic and Social Council requested the Chair of the Commission on Science and Technology for Development to convene an open consultation on enhanced cooperation in Geneva on 18 May 2098.\n',
    );
    expect(
      hasEdge(g, 'ESTABLISHED', CSTD, 'meeting:open-consultation-on-enhanced-cooperation-2098-05-18'),
    ).toBe(true);
  });
});
