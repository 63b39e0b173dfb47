// A resolution's own node is quoted by words that show which resolution it is (rules/document-self.ts):
// an excerpt of A/RES/70/125 with its masthead but no "adopted by" line was quoted by its title alone
// ("Outcome document of the high-level meeting …"). The adopted line still quotes who adopted it and
// when (PRODUCED), and only the adopted line at the head of the text does. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const TITLE = 'Outcome document of the high-level meeting on example matters';
const ADOPTED = 'Resolution adopted by the General Assembly on 3 March 2031';

const nodeQuotes = (text: string, id = 'resolution:a-res-86-212') =>
  extractText(text)
    .nodes.find((n) => n.id === id)
    ?.sources.map((s) => s.quote);

const CASES: [name: string, text: string, quote: string][] = [
  [
    'masthead symbol over the title: both, in one quote',
    `A/RES/86/212\n\n${TITLE}\n\nWe note the divergent views held by Member States.`,
    `A/RES/86/212\n\n${TITLE}`,
  ],
  [
    'a title too long to join: the symbol line alone',
    `A/RES/86/212\n\n${TITLE}${' and territories'.repeat(20)}\n\nWe note the divergent views.`,
    'A/RES/86/212',
  ],
  [
    'unchanged: an adopted line that shows the number',
    `A/RES/86/212\n\n${ADOPTED}\n\n86/212. ${TITLE}\n\nThe General Assembly,`,
    `${ADOPTED}\n\n86/212. ${TITLE}`,
  ],
];

describe('the quote of a resolution’s own node', () => {
  for (const [name, text, quote] of CASES)
    it(name, () => {
      expect(nodeQuotes(text)).toEqual([quote]);
      expect(quote.length).toBeLessThanOrEqual(300);
    });
});

describe('the adopted line', () => {
  it('still quotes who adopted it when the number is beyond reach', () => {
    const text = `${ADOPTED}\n\n[${'note '.repeat(60)}]\n\n86/212. ${TITLE}\n\nThe General Assembly,`;
    const produced = extractText(text).edges.find(
      (e) => e.type === 'PRODUCED' && e.to === 'resolution:a-res-86-212',
    );
    expect(produced?.sources.map((s) => s.quote)).toEqual([ADOPTED]);
    expect(nodeQuotes(text)).toEqual([`86/212. ${TITLE}`]);
  });
  const body = (head: string, para: string) =>
    `United Nations\nA/RES/86/212\nGeneral Assembly\nDistr.: General\n\n${head}\n\n86/212. ${TITLE}\n\nThe General Assembly,\n\n${'Recalling its earlier work,\n\n'.repeat(14)}${para}`;
  const RECALL = 'Recalling resolution 85/1 adopted by the General Assembly on 9 May 2030,';
  const DATES: [name: string, head: string, para: string, want: string | undefined][] = [
    ['the adopted line at the head of the text dates it', ADOPTED, RECALL, '2031-03-03'],
    [
      'a paragraph deep in the text recalling another one does not',
      'Resolution adopted by the General Assembly',
      RECALL,
      undefined,
    ],
  ];
  for (const [name, head, para, want] of DATES)
    it(name, () => {
      const res = extractText(body(head, para)).nodes.find((n) => n.id === 'resolution:a-res-86-212');
      expect(res?.properties.adoptedOn).toBe(want);
    });
});
