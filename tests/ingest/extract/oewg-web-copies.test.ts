// Web copies of the OEWG on ICT security's texts (q95): a footnote's number run into its symbol after a space
// (symbol-grammar.ts), a date line with the clock time run into the year (document-dated-symbol.ts), a
// session named after the group's name on its line (meetings-group-sessions.ts), an acronym's years in a
// headline (document-headline.ts), a long holder's "will hold its …" (meeting-holders.ts), a group's report
// with its footnote's symbol (produced-group-report.ts) and the groups' short names with their years
// (gazetteer). Invented sentences in the style of those pages.

import { describe, expect, it } from 'vitest';
import { dayWithHours } from '../../../ingest/extract/rules/document-dated-symbol.ts';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText, hasEdge, meetingLines } from './helpers.ts';

const BODY = '\nEvent report\nThe delegations then adopted the provisional agenda of the group.\n';

describe('a footnote number run into its symbol after a space', () => {
  const CASES: [string, string[]][] = [
    ['the report of the 2021 group on the topic 2A/98/816 and the reports of the experts.', ['A/98/816']],
    [
      'the reports of the 2010 and 2013 GGEs. 3A/98/201, A/98/98 and A/98/174.',
      ['A/98/201', 'A/98/98', 'A/98/174'],
    ],
    ['the previous report 12A/98/816 was noted.', ['A/98/816']],
    // Not after a letter, a slash or a third digit: "B2A/98/816", "123A/98/816" are no note's number.
    ['the code B2A/98/816 was used.', []],
    ['a reference 123A/98/816 was used.', []],
    // Nor after a noun the number labels: the item's or page's number.
    ['see the item 2A/98/816 and page 3A/98/201.', []],
    ['the report A/98/816 was noted.', ['A/98/816']],
  ];
  for (const [text, want] of CASES)
    it(text, () => expect(findSymbols(text).map((s) => s.symbol)).toEqual(want));
});

describe('a date line with the clock time run into the year', () => {
  const LINES: [string, string | undefined][] = [
    ['2 June 203115:42', '2031-06-02'],
    ['14 March 203109:05', '2031-03-14'],
    ['2 June 2031 15:42', '2031-06-02'],
    // Not a longer run of digits, nor a time without its colon.
    ['2 June 2031154:42', undefined],
    ['2 June 20311542', undefined],
  ];
  for (const [line, want] of LINES) it(line, () => expect(dayWithHours(line)).toBe(want));
});

describe("a group's session named after the group on its line", () => {
  const CASES: [string, string[]][] = [
    [
      `OEWG 2021–2025 Organisational session\n1 June 2021${BODY}`,
      ['meeting:oewg-ict-2021-2025-organizational-session 2021-06-01 workinggroup:oewg-ict-2021-2025'],
    ],
    [
      `OEWG 2021–2025 Second substantive session\n28 March 2022${BODY}`,
      ['meeting:oewg-ict-2021-2025-substantive-session-2 2022-03-28 workinggroup:oewg-ict-2021-2025'],
    ],
    // A sentence's end between them: the session is no group's.
    [`Event report\nDelegates met in the OEWG 2021–2025. Second substantive session, 28 March 2022.\n`, []],
  ];
  for (const [text, want] of CASES)
    it(text.split('\n')[0]!, () => expect(meetingLines(extractText(text))).toEqual(want));
});

describe("an acronym's years in a headline", () => {
  const titleOf = (text: string): string => extractText(text).nodes.find((n) => n.type === 'Document')!.name;
  it('titles the page', () =>
    expect(titleOf(`OEWG 2021-2025 Organisational session${BODY}Consensus\nThe states discussed it.\n`)).toBe(
      'OEWG 2021-2025 Organisational session',
    ));
  it('a caption opening in lower case is no title', () =>
    expect(
      titleOf(
        'people around table - Intersessional Work during IGF 2031\n\nPolicy Network on Things (PNT)\n\nThe IGF 2032 featured a policy network on things.\n',
      ),
    ).toBe('Policy Network on Things (PNT)'));
  it('a month in capitals is still a date', () =>
    expect(titleOf(`DECEMBER 2031 Organisational session${BODY}`)).not.toBe(
      'DECEMBER 2031 Organisational session',
    ));
});

describe('a long holder before "will hold its"', () => {
  it('the group holds the consultations', () => {
    const g = extractText(
      `Multistakeholder consultation\nSession reports\nThe Open-Ended Working Group (OEWG) on developments in the field of ICTs in the context of international security will hold its multistakeholder informal consultations on 2-4 December, 2019. Many organisations asked to take part.\n`,
    );
    expect(meetingLines(g)).toEqual([
      'meeting:multistakeholder-informal-consultations-2019-12-02 2019-12-02 workinggroup:oewg-ict-2019-2021',
    ]);
  });
  it('not a body named before another clause', () => {
    const g = extractText(
      `Multistakeholder consultation\nSession reports\nThe Open-Ended Working Group (OEWG) on developments in the field of ICTs in the context of international security noted that UNIDIR will hold its annual cyber stability conference on 2-4 December, 2019. Many organisations asked to take part.\n`,
    );
    expect(g.edges.filter((e) => e.type === 'PART_OF' && e.to === 'workinggroup:oewg-ict-2019-2021')).toEqual(
      [],
    );
  });
});

describe("a group's report with its footnote's symbol run into the text", () => {
  const produced = (sentence: string): boolean =>
    hasEdge(
      extractText(`Progress report\nA. Overview\n2. ${sentence}\n`),
      'PRODUCED',
      'workinggroup:oewg-ict-2019-2021',
      'document:a-98-816',
    );
  const CASES: [string, boolean][] = [
    [
      'States reaffirmed the consensus report of the 2021 OEWG on developments in the field of ICTs in the context of international security 2A/98/816 and the reports of the experts.',
      true,
    ],
    [
      'States reaffirmed the report of the OEWG on developments in the field of ICTs in the context of international security 12A/98/816.',
      true,
    ],
    // A symbol further on is another document the sentence cites.
    [
      'States reaffirmed the report of the OEWG on developments in the field of ICTs in the context of international security and the reports of the experts 2A/98/816.',
      false,
    ],
  ];
  for (const [sentence, want] of CASES) it(sentence, () => expect(produced(sentence)).toBe(want));
});

describe('the groups named by their years', () => {
  const CASES: [string, string][] = [
    [
      'The OEWG 2021–2025 was established under General Assembly resolution 75/240.',
      'workinggroup:oewg-ict-2021-2025',
    ],
    [
      'The OEWG 2021-25 was established under General Assembly resolution 75/240.',
      'workinggroup:oewg-ict-2021-2025',
    ],
    [
      'The OEWG on developments in the field of ICTs in the context of international security was established under General Assembly resolution 73/27.',
      'workinggroup:oewg-ict-2019-2021',
    ],
  ];
  for (const [sentence, id] of CASES)
    it(sentence, () => {
      const g = extractText(`Group page\n${sentence}\n`);
      expect(g.nodes.some((n) => n.id === id)).toBe(true);
    });
  it('another OEWG with other years is not the ICT one', () => {
    const g = extractText(
      'Group page\nThe OEWG 2031–2035 on ageing was established under General Assembly resolution 95/182.\n',
    );
    expect(g.nodes.filter((n) => n.id.startsWith('workinggroup:oewg-ict'))).toEqual([]);
    expect(hasEdge(g, 'MANDATES', 'resolution:a-res-95-182', 'workinggroup:oewg-ict-2021-2025')).toBe(false);
  });
});
