// A one-off summit the gazetteer knows is a Meeting with its days (seeds/gazetteer: the Summit of the Future,
// 22–23 September 2024): the loader reads startDate/endDate, the chair rules take it as they take a Process
// (chair-process.ts, chair-process-label.ts), and a consultation on its modalities is not held at it
// (current-meeting.ts: no SPOKE_AT the summit from a statement at such a consultation). Names are invented.

import { describe, expect, it } from 'vitest';
import { parseGazetteerFile } from '../../../ingest/gazetteer/load.ts';
import { extractText } from './helpers.ts';

const SUMMIT = 'meeting:summit-of-the-future';

describe('gazetteer Meetings: dates', () => {
  it('reads startDate and endDate', () => {
    const [e] = parseGazetteerFile(
      '{"entries":[{"name":"Example Summit","type":"Meeting","startDate":"2030-05-02","endDate":"2030-05-03","aliases":[]}]}',
      'test',
    );
    expect([e?.id, e?.type, e?.startDate, e?.endDate]).toEqual([
      'meeting:example-summit',
      'Meeting',
      '2030-05-02',
      '2030-05-03',
    ]);
  });
  it('rejects a date that is not ISO', () => {
    expect(() =>
      parseGazetteerFile(
        '{"entries":[{"name":"Example Summit","type":"Meeting","startDate":"22 September 2024","aliases":[]}]}',
        'test',
      ),
    ).toThrow(/not an ISO date/);
  });
  it('the Summit of the Future is a dated Meeting wherever it is named', () => {
    const g = extractText('Member States prepared the Summit of the Future for two years.');
    const n = g.nodes.find((x) => x.id === SUMMIT);
    expect([n?.type, n?.properties.startDate, n?.properties.endDate]).toEqual([
      'Meeting',
      '2024-09-22',
      '2024-09-23',
    ]);
    expect(g.nodes.some((x) => x.id === 'process:summit-of-the-future')).toBe(false);
  });
});

// ITU's policy forums are numbered one-off editions, named by their acronym (WTPF-13, WTPF-21).
describe('the World Telecommunication/ICT Policy Forum editions', () => {
  const meetings = (text: string): string[] =>
    extractText(text)
      .nodes.filter((n) => n.type === 'Meeting')
      .map((n) => `${n.id} ${n.properties.startDate ?? '-'} ${n.properties.endDate ?? '-'}`)
      .sort();
  const CASES: [text: string, want: string[]][] = [
    ['The Council decided the theme of WTPF-21 and its agenda.', ['meeting:wtpf-21 2021-12-16 2021-12-18']],
    [
      'Resolution 101 decided that WTPF-13 would discuss the issues it raised.',
      ['meeting:wtpf-13 2013-05-14 2013-05-16'],
    ],
    // Another forum's acronym, or the series without its edition, is neither.
    ['The delegates recalled the WTPF held in Lisbon and the WTPF-09 opinions.', []],
  ];
  it.each(CASES)('%s', (text, want) => expect(meetings(text)).toEqual(want));
});

const chaired = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED' && e.to === SUMMIT)
    .map((e) => `${e.from} ${e.properties.role}`)
    .sort();

const CHAIR_CASES: [name: string, text: string, want: string[]][] = [
  [
    'the co-facilitators for the summit, then the names (chair-process.ts)',
    'The speech was delivered by the two co-facilitators for the Summit of the Future: Ambassador Rita Sample, Permanent Representative of Ghana to the UN and Ambassador Jon Example, Permanent Representative of Chile to the UN.',
    ['person:jon-example Co-Facilitator', 'person:rita-sample Co-Facilitator'],
  ],
  [
    'names, then "as co-facilitators of the summit"',
    'The President appointed H.E. Ms. Rita Sample and H.E. Mr. Jon Example as co-facilitators of the Summit of the Future.',
    ['person:jon-example Co-Facilitator', 'person:rita-sample Co-Facilitator'],
  ],
  [
    'the summit before a label "co-facilitators A and B" (chair-process-label.ts)',
    'Member States met on the Summit of the Future, featuring co-facilitators Ambassador Rita Sample and Ambassador Jon Example.',
    ['person:jon-example Co-Facilitator', 'person:rita-sample Co-Facilitator'],
  ],
  // Negatives: a post for a meeting the gazetteer does not know; names that co-facilitate something else.
  [
    'co-facilitators of another meeting',
    'Ms. Rita Sample and Mr. Jon Example were appointed as co-facilitators of the informal consultations held on 9 November 2023 before the Summit of the Future.',
    [],
  ],
  [
    'the summit named, the post for the Global Digital Compact',
    'Ahead of the Summit of the Future, H.E. Ms. Rita Sample and H.E. Mr. Jon Example were appointed as co-facilitators of the Global Digital Compact.',
    [],
  ],
];

describe('co-facilitators of a gazetteer Meeting', () => {
  it.each(CHAIR_CASES)('%s', (_name, text, want) => {
    expect(chaired(text)).toEqual(want);
  });
});

const spokeAt = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const SPOKE_CASES: [name: string, text: string, want: string[]][] = [
  [
    'delegations at the summit itself',
    'At the Summit of the Future, the representative of Ghana said that the Pact must be implemented.',
    [`organization:ghana ${SUMMIT}`],
  ],
  [
    'a statement at the consultation on the modalities resolution for the summit',
    'Statement by the delegation of Ghana at the informal consultation on the revised draft modalities resolution for the “Summit of the Future” (New York, 25 August 2022)\n\nThe consultations are held in haste, which is cumbersome for the delegations of Ghana and Chile.',
    [],
  ],
  [
    'consultations on the modalities of the summit',
    'During the consultations on the modalities of the Summit of the Future, the representative of Ghana said the text was too long.',
    [],
  ],
];

describe('a consultation on a summit is not held at it', () => {
  it.each(SPOKE_CASES)('%s', (_name, text, want) => {
    expect(spokeAt(text)).toEqual(want);
  });
});
