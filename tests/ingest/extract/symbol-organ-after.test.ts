// A bare resolution number whose organ the clause names after a comma (OHCHR pages on the right to privacy in
// the digital age, Human Rights Council report summaries): "resolution 34/7, in which the Human Rights Council
// requested …" is A/HRC/RES/34/7, "resolution 68/167, the General Assembly requested …" A/RES/68/167.
// Sentences are invented in the documents' grammar.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbol-grammar.ts';
import { extractText, hasEdge, hasNode } from './helpers.ts';

describe('the organ named after a bare number', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The report is submitted pursuant to resolution 31/9, in which the Human Rights Council requested a study.',
      ['A/HRC/RES/31/9'],
    ],
    ['pursuant to resolution 31/9, in which the Human\nRights Council requested', ['A/HRC/RES/31/9']],
    ['Through the adoption of resolution 66/101, the General Assembly requested a report.', ['A/RES/66/101']],
    [
      'In its decision 22/104, adopted in March 2013, the Human Rights Council decided to hold a panel.',
      ['A/HRC/DEC/22/104'],
    ],
    [
      'By resolution 30/12 of 1 October 2015, the Human Rights Council asked for a report.',
      ['A/HRC/RES/30/12'],
    ],
    // A regional commission named after the comma or after "of": ESCAP's session-numbered resolutions.
    [
      'In its resolution 74/3, the Economic and Social Commission for Asia and\n the Pacific requested a study.',
      ['E/ESCAP/RES/74/3'],
    ],
    [
      'Pursuant to resolution 72/8 of the Economic and Social Commission for Asia and the Pacific (ESCAP), the secretariat convened a meeting.',
      ['E/ESCAP/RES/72/8'],
    ],
    ['Recalling resolution 66/101 of the Human Rights Council,', ['A/HRC/RES/66/101']],
    ['Recalling resolution 66/101 of the General Assembly,', ['A/RES/66/101']],
    // "of" another commission's member or a place names no organ: the number stays the Assembly's.
    ['Recalling resolution 66/101 of the Commission, the Assembly', ['A/RES/66/101']],
    // Another organ's numbers are no UN symbol.
    ['By resolution 37/12, the General Conference invited the Director-General to report.', []],
    // Without a comma the organ is not the clause's: the bare number stays the Assembly's, as before.
    ['Recalling resolution 66/101 and the Human Rights Council decisions on the matter,', ['A/RES/66/101']],
    ['Recalling resolution 66/101 of 9 December 2011,', ['A/RES/66/101']],
    // A PDF's lost space after the organ's name still names it; a capitalised word glued on does not.
    ['In its resolution 66/101, the General Assemblyrequested a study.', ['A/RES/66/101']],
    ['In its resolution 31/9, the Human Rights Councildecided to hold a panel.', ['A/HRC/RES/31/9']],
    ['In its resolution 37/12, the General ConferenceX asked for a plan.', ['A/RES/37/12']],
    ['In its resolution 31/9, the Human Rights Councilor spoke.', ['A/RES/31/9']],
  ];
  for (const [text, want] of CASES)
    it(text.replace(/\n/g, ' '), () => expect(findSymbols(text).map((s) => s.symbol)).toEqual(want));
});

const HRC_REPORT = [
  'United Nations A/HRC/44/90',
  'General Assembly Distr.: General',
  '1 May 2020',
  '',
  'Human Rights Council',
  'Forty-fourth session',
  '',
  'Sample rights in the digital age',
  'Report of the United Nations High Commissioner for Human Rights',
  '',
  'The present report is submitted pursuant to resolution 40/3, in which the Human Rights Council requested the High Commissioner to prepare a report.',
  '',
  'Through the adoption of resolution 66/101, the General Assembly requested that the High Commissioner prepare a study.',
  '',
  'Recalling resolution 41/7 of 12 July 2019, the report reviews the trends.',
  '',
  'In its resolution 65/120, the General Assemblyrequested the High Commissioner to report.',
].join('\n');

describe('in a Human Rights Council report', () => {
  const g = extractText(HRC_REPORT, 'hrc-report.txt');
  it('cites the Council resolution by its Council symbol', () => {
    expect(hasEdge(g, 'REFERENCES', 'document:a-hrc-44-90', 'resolution:a-hrc-res-40-3')).toBe(true);
    expect(hasNode(g, 'resolution:a-res-40-3')).toBe(false);
  });
  it('keeps the Assembly resolution the clause names, adopted by the Assembly', () => {
    expect(hasNode(g, 'resolution:a-res-66-101')).toBe(true);
    expect(hasEdge(g, 'PRODUCED', 'organization:general-assembly', 'resolution:a-res-66-101')).toBe(true);
  });
  it('reads "In its resolution N, the General Assembly…" with the space lost as the Assembly\'s, not the Council\'s', () => {
    expect(hasNode(g, 'resolution:a-res-65-120')).toBe(true);
    expect(hasNode(g, 'resolution:a-hrc-res-65-120')).toBe(false);
  });
  // No organ is named with it, but its day is in the Council's 41st session (2019), not the Assembly's (1986):
  // the Council's (symbol-session-date.ts, q111).
  it("reads a bare number by its day, not as the Assembly's", () => {
    expect(hasNode(g, 'resolution:a-res-41-7')).toBe(false);
    expect(hasNode(g, 'resolution:a-hrc-res-41-7')).toBe(true);
  });
});
