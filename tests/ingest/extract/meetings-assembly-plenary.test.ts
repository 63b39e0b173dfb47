// A General Assembly plenary meeting named in running text (rules/meetings-assembly-plenary.ts): "The 68th
// plenary meeting of the UN General Assembly concluded …" (a dig.watch page dated 17 Dec 2025), "On 26 May 2021,
// at its 71st plenary meeting, the General Assembly adopted resolution 75/282" (UNODC). The Assembly's meeting of
// the session the text gives (a session named, a day, a resolution's number, the page's day), the node its
// resolution footers give; nothing when the session is not known. And a resolution's "(resumed)" footer
// (rules/resolution-footer-meeting.ts). Invented texts.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text, 'page.txt');
  return [
    ...g.nodes
      .filter((n) => n.id.startsWith('meeting:general-assembly-'))
      .map((n) => `N ${n.id} ${n.properties.startDate ?? '-'}`),
    ...g.edges
      .filter(
        (e) =>
          e.from.startsWith('meeting:general-assembly-') && (e.type === 'PART_OF' || e.type === 'PRODUCED'),
      )
      .map((e) => `E ${e.from} ${e.type} ${e.to}`),
  ].sort();
};

const GA = 'organization:general-assembly';
const PAGE = (day: string, sentence: string) =>
  `Afternoon session\n\n${day} 21:00h - 23:00h\n\nSession at a glance\n\nSummary\n\n${sentence}\n`;

const CASES: [name: string, text: string, want: string[]][] = [
  [
    "the page's day gives the session",
    PAGE(
      '17 Dec 2091',
      'The 68th plenary meeting of the UN General Assembly concluded the high-level review of the Summit.',
    ),
    [
      `E meeting:general-assembly-146-meeting-68 PART_OF ${GA}`,
      'N meeting:general-assembly-146-meeting-68 2091-12-17',
    ],
  ],
  [
    "the sentence's day, the Assembly its subject",
    'Cybercrime news\n\nOn 26 May 2091, at its 71st plenary meeting, the General Assembly adopted resolution 145/282 on cybercrime.\n',
    [
      `E meeting:general-assembly-145-meeting-71 PART_OF ${GA}`,
      'N meeting:general-assembly-145-meeting-71 2091-05-26',
    ],
  ],
  // Not known: no session, a day in September (a session opens in it), another body's plenary.
  [
    'no session known',
    'Notes on the review\n\nThe 68th plenary meeting of the UN General Assembly concluded the high-level review of the Summit.\n',
    [],
  ],
  [
    'a day of September',
    'Notes on the agenda\n\nOn 16 September 2091, at its 2nd plenary meeting, the General Assembly decided to include the item.\n',
    [],
  ],
  [
    "another body's plenary meeting",
    PAGE('17 Dec 2091', 'The 5th plenary meeting of the Conference adopted the text.'),
    [],
  ],
];

const FOOTER = (meeting: string) =>
  `United Nations\nA/RES/146/132\nGeneral Assembly\n\nResolution adopted by the General Assembly on 19 December 2091\n\n146/132. Sample technologies for development\n\nThe General Assembly,\n\n1. Decides to include the item in the provisional agenda of its next session.\n\n${meeting}\n19 December 2091\n`;

describe('an Assembly plenary meeting in running text', () => {
  for (const [name, text, want] of CASES) it(name, () => expect(facts(text)).toEqual(want));
});

describe("an Assembly resolution's resumed footer meeting", () => {
  it('55th (resumed) plenary meeting', () =>
    expect(facts(FOOTER('55th (resumed) plenary meeting'))).toEqual([
      `E meeting:general-assembly-146-meeting-55 PART_OF ${GA}`,
      'E meeting:general-assembly-146-meeting-55 PRODUCED resolution:a-res-146-132',
      'N meeting:general-assembly-146-meeting-55 2091-12-19',
    ]));
  it('a resumed meeting of another kind is no footer', () =>
    expect(facts(FOOTER('55th (resumed) meeting of the Committee'))).toEqual([]));
});
