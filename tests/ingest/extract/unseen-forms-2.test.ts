// Forms met in UN texts the pipeline had not seen (a Secretary-General's WSIS report whose masthead
// came out as one line, a WTSA resolution, an IGF Best Practice Forum report's author list), each with
// a case that must not change.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

// rules/document.ts, document-masthead.ts, meetings.ts: a masthead run into one line.
const RUN_ON =
  'A/66/64–E/2011/77 United Nations General Assembly Economic and Social Council Distr.: General 14 March 2011 Original: English General Assembly Economic and Social Council Sixty-sixth session Item 17 of the preliminary list* Information and communication technologies for development Substantive session of 2011 Geneva, 4–29 July 2011 Item 13(b) of the provisional agenda** Report of the Secretary-General. GE.11- A/66/64 E/2011/77 Introduction 1. This report has been prepared in response to Economic and Social Council resolution 2006/46.';

describe('a masthead run into one line', () => {
  const g = extractText(RUN_ON, 'sg-report.txt');
  it('the symbol that opens it is the document’s own, joint symbol and parts alike', () => {
    expect(hasNode(g, 'document:a-66-64-e-2011-77')).toBe(true);
    expect(g.edges.filter((e) => e.type === 'REFERENCES' && e.to.startsWith('document:a-66-64'))).toEqual([]);
    expect(hasEdge(g, 'REFERENCES', 'document:a-66-64-e-2011-77', 'document:e-2011-77')).toBe(false);
  });
  it('the substantive session is the Council’s, the body named last before it', () => {
    expect(hasNode(g, 'meeting:ecosoc-substantive-session-2011')).toBe(true);
    expect(hasNode(g, 'meeting:general-assembly-substantive-session-2011')).toBe(false);
  });
  it('a symbol opening a sentence is still a reference', () => {
    const r = extractText('A/66/64 was issued on 14 March 2011. It reports on the Summit.', 'note.txt');
    expect(hasNode(r, 'document:note')).toBe(true);
  });
});

describe('an ITU assembly resolution titled with its assembly', () => {
  const WTSA =
    'WTSA RESOLUTION 48 (Rev. Dubai, 2012)\nInternationalized (multilingual) domain names\nThe World Telecommunication Standardization Assembly (Dubai, 2012),\nrecognizing\na) relevant parts of Resolution 102 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference;\nd) that the ITU Telecommunication Standardization Sector (ITU-T) has a record of handling such issues;';
  it('is that resolution: produced by the ITU, referencing what it cites', () => {
    const g = extractText(WTSA);
    expect(hasEdge(g, 'PRODUCED', 'organization:itu', 'resolution:itu-wtsa-48')).toBe(true);
    expect(hasEdge(g, 'REFERENCES', 'resolution:itu-wtsa-48', 'resolution:itu-pp-102')).toBe(true);
  });
  it('not when the assembly in the title is not the one that adopts it', () => {
    const g = extractText(WTSA.replace('WTSA RESOLUTION', 'WTDC RESOLUTION'));
    expect(g.edges.some((e) => e.type === 'PRODUCED' && e.to.startsWith('resolution:itu-'))).toBe(false);
  });
});

describe('members named beside a person (rules/post-apposition.ts)', () => {
  const CASES: [text: string, person: string, member: boolean][] = [
    ['Authors: Ms. Josephine Miliza (IGF MAG member) and others.', 'person:josephine-miliza', true],
    ['Authors: Ms. Carina Birarda, member of the MAG, and others.', 'person:carina-birarda', true],
    [
      'Authors: Ms. Hariniombonana Andriamampionona (BPF co-facilitator, former MAG member).',
      'person:hariniombonana-andriamampionona',
      false,
    ],
    ['Ms. Lynn Example (MAG Chair) opened the meeting.', 'person:lynn-example', false],
  ];
  for (const [text, person, member] of CASES)
    it(text, () =>
      expect(hasEdge(extractText(text), 'MEMBER_OF', person, 'organization:igf-mag')).toBe(member),
    );
});
