// Press mastheads of the Security Council and the CSW (rules/document-press-session.ts, document-press.ts,
// title-category-label.ts): a Council release opens with its meeting line, no session ("9381st Meeting (AM)"
// / "SC/15359"), a starred meeting line ("2nd & 3rd Meetings* (AM & PM)"), press.un.org's navigation line above
// the masthead ("In progress at UNHQ"), and a blog's name over a post's date line. Invented texts.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const documentOf = (text: string) => {
  const d = extractText(text, 'release.txt').nodes.find((n) => n.type === 'Document')!;
  return { symbol: d.properties.symbol, title: d.properties.title };
};

const BODY = '\n\nThe Security Council today held an open debate on emerging technologies and peace.\n';
const HEAD = 'Speakers Urge Guard-rails for Emerging Technologies as Security Council Holds Open Debate';

const CASES: [name: string, text: string, want: { symbol?: string; title?: string }][] = [
  [
    'a Council meeting line in four figures, then the symbol',
    `9999th Meeting (AM)\nSC/19999\n\n${HEAD}${BODY}`,
    { symbol: 'SC/19999', title: HEAD },
  ],
  [
    "the site's navigation line above a Council masthead",
    `In progress at UNHQ\n\n9998th Meeting (AM & PM)\nSC/19998\n\n${HEAD}${BODY}`,
    { symbol: 'SC/19998', title: HEAD },
  ],
  [
    'a starred meeting line of the CSW',
    `In progress at UNHQ\n\n4th & 5th Meetings* (AM & PM)\nWOM/9999\n\nCommission on Status of Women Hears Calls to Close Digital Gaps${BODY}`,
    { symbol: 'WOM/9999', title: 'Commission on Status of Women Hears Calls to Close Digital Gaps' },
  ],
  [
    'the navigation line above a two-slash symbol: the headline under the symbol',
    `In progress at UNHQ\n\nSG/SM/99999\n\nSecretary-General Urges Council to Keep Humans in Control of Weapons${BODY}`,
    { symbol: 'SG/SM/99999', title: 'Secretary-General Urges Council to Keep Humans in Control of Weapons' },
  ],
  [
    'a meeting line without a session and without a press symbol is no masthead',
    `12th Meeting (AM)\n\nDraft Decision on Digital Cooperation Passed Without a Vote${BODY}`,
    { title: 'Draft Decision on Digital Cooperation Passed Without a Vote' },
  ],
  [
    "a blog's name over a post's date line: the line under the date titles the post",
    `Notes on the Council\n\nPosted Tue 25 Aug 2099\n\nArria-formula Meeting on Threats to Undersea Cables${BODY}`,
    { title: 'Arria-formula Meeting on Threats to Undersea Cables' },
  ],
  [
    'no date line under the first line: the first line stays the title',
    `Arria-formula Meeting on Threats to Undersea Cables\n\nTomorrow there will be an Arria-formula meeting.${BODY}`,
    { title: 'Arria-formula Meeting on Threats to Undersea Cables' },
  ],
];

describe('press mastheads of the Security Council and the CSW', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(documentOf(text)).toEqual({ symbol: want.symbol, title: want.title });
    });
});

describe("a post's date line under a blog's name dates the post", () => {
  const dateOf = (text: string) =>
    extractText(text, 'post.txt').nodes.find((n) => n.type === 'Document')!.properties.date;
  it('"Posted Tue 25 Aug 2099"', () => {
    expect(
      dateOf(`Notes on the Council\n\nPosted Tue 25 Aug 2099\n\nArria-formula Meeting on Cables${BODY}`),
    ).toBe('2099-08-25');
  });
  it('a date in a sentence is no post date', () => {
    expect(
      dateOf(
        `Arria-formula Meeting on Cables\n\nThe meeting was first posted on a site in 2099 by members.${BODY}`,
      ),
    ).toBeUndefined();
  });
});
