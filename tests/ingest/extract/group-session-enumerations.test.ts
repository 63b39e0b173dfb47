// Several sessions of a working group in one phrase (rules/meetings-group-session-lists.ts): an annual
// progress report's "The first, second and third substantive sessions of the <group> took place in …", a
// later one's "The fourth and fifth formal sessions as well as the informal intersessional meetings of the
// <group>". Each ordinal is a session of the group named after "of the"; a list naming no group gives none,
// and a date after the list dates none of them (a session keeps the date another document gives it; an
// undated Meeting is dropped). Sentences are invented.

import { describe, expect, it } from 'vitest';
import { mergeGraphs } from '../../../cypher/model/merge.ts';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromText, meetingLines } from './helpers.ts';

const OEWG =
  'Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025';
// A second document dating sessions 1 to 5 (a programme of work's list), so that a listed session is kept.
const DATED = [
  `${OEWG}`,
  '',
  'Sessions',
  '- First substantive session, New York, 13-17 December 2021',
  '- Second substantive session, New York, 28 March-1 April 2022',
  '- Third substantive session, New York, 25-29 July 2022',
  '- Fourth substantive session, New York, 6-10 March 2023',
  '- Fifth substantive session, New York, 24-28 July 2023',
].join('\n');

const listed = (text: string): string[] => {
  const g = mergeGraphs(
    extractCorpusSerial([
      docFromText('dated.txt', DATED),
      docFromText('report.txt', text),
    ]).perDocument.values(),
  );
  const fromReport = new Set(
    g.edges
      .filter((e) => e.type === 'PART_OF' && e.sources.some((s) => s.document === 'document:report'))
      .map((e) => e.from),
  );
  return meetingLines(g)
    .filter((l) => fromReport.has(l.split(' ')[0]!))
    .sort();
};

const S = (n: number, date: string): string =>
  `meeting:oewg-ict-2021-2025-substantive-session-${n} ${date} workinggroup:oewg-ict-2021-2025`;

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'three substantive sessions of the group',
    `1. The first, second and third substantive sessions of the ${OEWG} took place in a challenging environment.`,
    [S(1, '2021-12-13'), S(2, '2022-03-28'), S(3, '2022-07-25')],
  ],
  [
    '"formal sessions" with a coordinated kind of meeting before "of the"',
    `1. The fourth and fifth formal sessions as well as the informal intersessional meetings of the ${OEWG} took place in New York.`,
    [S(4, '2023-03-06'), S(5, '2023-07-24')],
  ],
  [
    'a date after the list dates none of the sessions',
    `The second and third substantive sessions of the ${OEWG} were followed on 9 May 2099 by a briefing.`,
    [S(2, '2022-03-28'), S(3, '2022-07-25')],
  ],
  // Negatives: no group after the list; another body's sessions; a single ordinal (meetings-group-sessions.ts).
  ['no group named', 'Ideas raised during the first and second substantive sessions were compiled.', []],
  [
    'sessions of a body, not a group',
    'The first and second substantive sessions of the General Assembly were long ago.',
    [],
  ],
  ['an ordinal and a number, no list', 'The first session and 2 meetings of the Council were held.', []],
];

describe('a list of a group’s sessions in a sentence', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(listed(text)).toEqual(want);
  });
});
