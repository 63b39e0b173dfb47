// A web copy of a conference room paper runs the date of issue onto its symbol's line
// (rules/document-dated-symbol.ts): "A/AC.999/2099/CRP.1 11 July 2099" under a session line. The symbol
// is the document's own (no REFERENCES to itself) and the date its date; a symbol with more words after
// it on its line stays a reference. Synthetic text.

import { describe, expect, it } from 'vitest';
import { wholeDayDate } from '../../../ingest/extract/rules/document-dated-symbol.ts';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text, 'crp.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'crp.txt')!;
  const refs = g.edges.filter((e) => e.type === 'REFERENCES' && e.from === doc.id).map((e) => e.to);
  return { id: doc.id, date: doc.properties.date, refs };
};

const PREFACE = 'Widget Report (2098-2099)\nJuly 2099\nThe group adopted its report on 11 July 2099.\n';

const CASES: [name: string, text: string, id: string, date: string | undefined, refs: string[]][] = [
  [
    'symbol and date of issue on one line',
    `${PREFACE}United Nations General Assembly\nEleventh substantive session, New York 7-11 July 2099\nA/AC.999/2099/CRP.1 11 July 2099\nWorking group on widgets\nDraft Final Report`,
    'document:a-ac-999-2099-crp-1',
    '2099-07-11',
    [],
  ],
  // Negatives: more than a date after the symbol, or the date written with "of", is a citation.
  [
    'symbol, date and title on one line',
    `${PREFACE}Documents\nA/99/257 11 July 2099 Report of the working group\nOther matters`,
    'document:crp',
    undefined,
    ['document:a-99-257'],
  ],
  [
    'symbol of a date',
    `${PREFACE}See A/99/257 of 11 July 2099.`,
    'document:crp',
    undefined,
    ['document:a-99-257'],
  ],
];

describe('a symbol with its date of issue on its line', () => {
  it.each(CASES)('%s', (_n, text, id, date, refs) => {
    const f = facts(text);
    expect(f.id).toBe(id);
    if (date) expect(f.date).toBe(date);
    for (const r of refs) expect(f.refs).toContain(r);
    expect(f.refs).not.toContain(id);
  });
  it.each([
    ['11 July 2099', '2099-07-11'],
    ['1 January 2099', '2099-01-01'],
    ['July 2099', undefined],
    ['11 July 2099 Report', undefined],
    ['of 11 July 2099', undefined],
    ['11-12 July 2099', undefined],
  ] as const)('%j after a symbol: %s', (after, want) => {
    expect(wholeDayDate(after)).toBe(want);
  });
});

// A masthead whose "Distr.: General" has no date after it gives the date of issue on a line below.
describe('a date of issue on its own line under the masthead', () => {
  it.each([
    [
      'United Nations A/99/174\n\nGeneral Assembly Distr.: General\n\n\n22 July 2099\n\nOriginal: English',
      '2099-07-22',
    ],
    ['Widget Council\nDocument C99/105-E\n28 October 2099\nOriginal: English', '2099-10-28'],
  ])('%j', (text, date) => {
    const g = extractText(text, 'crp.txt');
    expect(g.nodes.find((n) => n.type === 'Document')!.properties.date).toBe(date);
  });
  // Negative: a date inside a sentence of the opening lines is no date of issue.
  it('a date in a sentence', () => {
    const g = extractText(
      'Widget Council\nThe Council met on 28 October 2099 in Geneva.\nOriginal: English',
      'crp.txt',
    );
    expect(g.nodes.find((n) => n.type === 'Document')!.properties.date).not.toBe('2099-10-28');
  });
});

// A news page's bulleted date right under its headline dates it; a bulleted date further down is a list's item.
describe('a bulleted date under a news headline', () => {
  const dateOf = (text: string) =>
    extractText(text, 'news.txt').nodes.find((n) => n.type === 'Document')!.properties.date;
  it.each([
    [
      'Widget Council appoints its first chair\n\n  • 10 December 2099\n\nThe Council has appointed a chair.',
      '2099-12-10',
    ],
    [
      'Widget Council appoints its first chair\n• 3 May 2099\nThe Council has appointed a chair.',
      '2099-05-03',
    ],
  ])('%j', (text, date) => expect(dateOf(text)).toBe(date));
  it.each([
    // Further down: the days of a programme.
    'Widget Council programme\n\nThe Council will meet on these days:\n\n• 10 December 2099\n• 11 December 2099',
    // More than a date on the bulleted line.
    'Widget Council appoints its first chair\n\n• 10 December 2099, Geneva\n\nThe Council has appointed a chair.',
  ])('not: %j', (text) => expect(dateOf(text)).toBeUndefined());
});
