// A site's menu copied above a document, one link a line (rules/org-names.ts menuLines): "Documents" /
// "Resources" / "Learning Center" over a document-sharing site's copy of a summit preparatory committee's report
// names no "Documents Resources Learning Center". A name wrapped once in prose, or over two lines of a heading,
// stays a name. Invented text in the style of such copies.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const orgs = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.name);

const CASES: [text: string, want: RegExp | undefined][] = [
  [
    'Documents\nResources\nLearning Center\nUpload\nSign in\n\nReport of the meeting\n\n1. The meeting opened.',
    undefined,
  ],
  [
    'Home\nServices\nExample Training Centre\nContact\n\nReport of the meeting\n\n1. The meeting opened.',
    undefined,
  ],
  // Positives: wrapped once after words on its line; a heading of two lines.
  [
    'Report of the meeting\n\n1. The paper was presented by the Example Research\nCenter to the meeting.',
    /^Example Research Center$/,
  ],
  ['Example Policy\nInstitute\n\n1. The institute met.', /^Example Policy Institute$/],
];

describe('a menu of links is no organisation', () => {
  it.each(CASES)('%s', (text, want) => {
    const names = orgs(text);
    if (want) expect(names.some((n) => want.test(n))).toBe(true);
    else expect(names.filter((n) => /Cent(?:er|re)/.test(n))).toEqual([]);
  });
});
