// press.un.org's masthead since 2015 (rules/document-press-session.ts): "Seventieth Session," / "81st
// Meeting (PM)" (or "76th & 77th Meetings (AM & PM)") / an optional symbol line / the headline. The
// headline under it titles the release, not a sub-headline that opens like a title, and the symbol line is
// the release's own; a headline under a press symbol says nothing of the document's kind. Invented texts.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const documentOf = (text: string) => {
  const d = extractText(text, 'release.txt').nodes.find((n) => n.type === 'Document')!;
  return { symbol: d.properties.symbol, title: d.properties.title, docType: d.properties.docType };
};

const BODY = '\n\nThe General Assembly today adopted 40 draft resolutions on development.\n';
const HEAD = 'General Assembly Adopts 40 Texts as It Takes Action on Reports of Its Second Committee';
const SUB = 'Draft Decision on Digital Cooperation Passed in Direct Plenary Action';

const CASES: [name: string, text: string, want: { symbol?: string; title?: string; docType?: string }][] = [
  [
    'session, meeting, symbol, headline, sub-headline',
    `Eighty-sixth Session,\n81st Meeting (PM)\nGA/19999\n\n${HEAD}\n\n${SUB}${BODY}`,
    { symbol: 'GA/19999', title: HEAD },
  ],
  [
    'two meetings, no symbol line',
    `Eighty-sixth Session,\n76th & 77th Meetings (AM & PM)\n\nGeneral Assembly Considers Digital Technologies 30 Years after Summit${BODY}`,
    { title: 'General Assembly Considers Digital Technologies 30 Years after Summit' },
  ],
  // www.un.org's copies set the day of issue over the masthead ("28 October 2015" / "Seventieth Session, …").
  [
    'the day of issue over the session and meetings line',
    `15 November 2031\nEighty-sixth Session, 21st & 22nd Meetings (AM & PM)\n\nSecond Committee Hears Calls for Broadband Access${BODY}`,
    { title: 'Second Committee Hears Calls for Broadband Access' },
  ],
  [
    'a day of issue over a paragraph: no masthead',
    `15 November 2031\nThe Second Committee met today on broadband access.\n\nIt heard 40 speakers.\n`,
    { title: undefined },
  ],
  [
    'session and meeting on one line',
    `Eighty-sixth Session, 12th Meeting (AM)\n\nSecond Committee Hears Calls for Broadband Access${BODY}`,
    { title: 'Second Committee Hears Calls for Broadband Access' },
  ],
  [
    'a headline naming resolutions under a press symbol is no resolution',
    `GA/19998\n\nGeneral Assembly Adopts Landmark Resolutions on Digital Access${BODY}`,
    { symbol: 'GA/19998', title: 'General Assembly Adopts Landmark Resolutions on Digital Access' },
  ],
  // A headline naming a resolution under the session and meeting lines, its symbol line lost, says what
  // happened, not the kind of document (q61).
  [
    'a headline naming a resolution under a session masthead without its symbol is no resolution',
    `Eighty-sixth Session,\n63rd Meeting (AM)\n\nGeneral Assembly Adopts Landmark Resolution on Sample Systems${BODY}`,
    { title: 'General Assembly Adopts Landmark Resolution on Sample Systems' },
  ],
  [
    'no meeting line under the session line: no masthead',
    `Eighty-sixth Session,\nGA/19997\n\n${SUB}${BODY}`,
    { title: SUB },
  ],
];

describe("a 2015-layout press release's headline and symbol", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      const got = documentOf(text);
      expect({ symbol: got.symbol, title: got.title, docType: got.docType }).toEqual({
        symbol: want.symbol,
        title: want.title,
        docType: want.docType,
      });
    });
});
