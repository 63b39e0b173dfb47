// UNCTAD's intergovernmental work on e-commerce and the digital economy (q86): the Working Group on Measuring
// E-commerce and the Digital Economy is one standing group in the gazetteer (its numbered meetings are its own,
// not one group per year a meeting is dated); "Secretary General" written with a space beside a name is a post
// of the body after it (rules/affiliation-parts.ts); a listed topic closed by a full stop
// at its line's end stops there (rules/themes.ts). Sentences are invented in the style of UNCTAD meeting pages.

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../ingest/gazetteer/load.ts';
import { extractText } from './helpers.ts';

const g = loadGazetteer();
const WG = 'workinggroup:wg-measuring-ecommerce';
const IGE = 'workinggroup:ige-ecommerce';
const ids = (text: string) => g.match(text).map((m) => m.entry.id);

const GAZETTEER: [text: string, want: boolean][] = [
  ['The Working Group on Measuring E-commerce and the Digital Economy will meet in Geneva.', true],
  [
    'The third meeting of the Working Group on Measuring Electronic Commerce and the Digital Economy opened.',
    true,
  ],
  ['Delegates welcomed the work of the Working Group on Measuring E-Commerce and the Digital Economy.', true],
  // The group of experts it reports to, and measuring in general, are not it.
  [
    'The Intergovernmental Group of Experts on E-commerce and the Digital Economy agreed on the topics.',
    false,
  ],
  ['Measuring e-commerce and the digital economy remains difficult for many countries.', false],
];

describe('gazetteer: the Working Group on Measuring E-commerce and the Digital Economy', () => {
  it.each(GAZETTEER)('%s', (text, want) => {
    expect(ids(text).includes(WG)).toBe(want);
    if (want) expect(ids(text).includes(IGE)).toBe(false);
  });
});

const edges = (text: string) =>
  extractText(text).edges.map(
    (e) => `${e.type} ${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`,
  );

const POSTS: [text: string, want: string[], not: string[]][] = [
  [
    'Press Conference: Example Report 2030\n\nSpeakers:\n  • Jane Example, Secretary General, UN Trade and Development',
    ['AFFILIATED_WITH person:jane-example organization:unctad Secretary General'],
    ['AFFILIATED_WITH person:jane-example organization:secretary-general'],
  ],
  [
    'Press Conference: Example Report 2030\n\nSpeakers:\n  • John Example, Deputy Secretary General, UNCTAD',
    ['AFFILIATED_WITH person:john-example organization:unctad Deputy Secretary General'],
    ['AFFILIATED_WITH person:john-example organization:secretary-general'],
  ],
  // The hyphenated post, as before.
  [
    'Press Conference: Example Report 2030\n\nSpeakers:\n  • Jane Example, Secretary-General, UNCTAD',
    ['AFFILIATED_WITH person:jane-example organization:unctad Secretary-General'],
    ['AFFILIATED_WITH person:jane-example organization:secretary-general'],
  ],
];

describe('"Secretary General" with a space beside a name is the next body\'s post', () => {
  it.each(POSTS)('%s', (text, want, not) => {
    const got = edges(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((e) => e.startsWith(n))).toBe(false);
  });
});

const INTRO = 'The Intergovernmental Group of Experts agreed on the following topics for the next meeting:\n';
const themes = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Theme')
    .map((n) => n.name);

const ITEMS: [text: string, want: string, not: string][] = [
  [
    `${INTRO}(a) Measuring cross-border trade in digital services;\n(b) Measuring the gender dimension of online sales.\nFurther information can be found on the meeting page.`,
    'Measuring the gender dimension of online sales',
    'Further information',
  ],
  // An item wrapped over two lines without a full stop is one item.
  [
    `${INTRO}(a) Measuring cross-border trade in digital services and the value\nof online sales by small firms;\n(b) Defining platforms for statistical purposes.`,
    'of online sales by small firms',
    'Further information',
  ],
];

describe('a listed topic closed at its line end', () => {
  it.each(ITEMS)('%s', (text, want, not) => {
    const got = themes(text);
    expect(got.some((t) => t.includes(want))).toBe(true);
    expect(got.some((t) => t.includes(not))).toBe(false);
  });
});
