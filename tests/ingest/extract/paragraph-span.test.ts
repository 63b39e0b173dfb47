// The paragraphs a citation names (rules/paragraph-span.ts): "paragraphs 72 to 80" is a span, "paragraphs
// 72 and 78 of the Tunis Agenda" (an IGF nominations call) two paragraphs, not the seven between them.
// Invented sentences; the Tunis Agenda is the gazetteer's.

import { describe, expect, it } from 'vitest';
import { paragraphSpan } from '../../../ingest/extract/rules/paragraph-span.ts';
import { extractText } from './helpers.ts';

describe('paragraph words', () => {
  it.each([
    ['72 to 80', '72–80'],
    ['69-71', '69–71'],
    ['69 – 71', '69–71'],
    ['72 and 78', '72, 78'],
    ['69 and 70', '69–70'],
    ['65', '65'],
  ])('%s → %s', (words, want) => expect(paragraphSpan(words)).toBe(want));
});

const cited = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES' || e.type === 'REFERENCES')
    .filter((e) => e.to === 'resolution:tunis-agenda' || e.from === 'resolution:tunis-agenda')
    .map((e) => `${e.type} ${e.properties.paragraph ?? e.properties.paragraphs ?? ''}`)
    .sort();

describe('paragraphs in a sentence', () => {
  it('two paragraphs joined by "and" are listed', () =>
    expect(
      cited(
        'Members extended the mandate of the Internet Governance Forum as set out in paragraphs 72 and 78 of the Tunis Agenda.',
      ),
    ).toEqual(['MANDATES 72, 78', 'REFERENCES 72, 78']));
  it('a span stays a span', () =>
    expect(
      cited(
        'Members extended the mandate of the Internet Governance Forum as set out in paragraphs 72 to 80 of the Tunis Agenda.',
      ),
    ).toEqual(['MANDATES 72–80', 'REFERENCES 72–80']));
});
