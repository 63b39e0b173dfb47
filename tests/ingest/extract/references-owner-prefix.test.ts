// An instrument the gazetteer knows, with its owner's name before it (rules/references.ts): "the WSIS
// Declaration of Principles" (a WTSA resolution's preamble) is the Geneva Declaration of Principles, not a
// second declaration. A declaration that only starts with a known name keeps its own. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const resolutions = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Resolution')
    .map((n) => n.id)
    .sort();

describe('a known instrument with its owner before it', () => {
  const cases: [string, string[]][] = [
    ['Recalling § 48 of the WSIS Declaration of Principles,', ['resolution:geneva-declaration']],
    ['Recalling the Declaration of Principles,', ['resolution:geneva-declaration']],
    ['Recalling the WSIS Plan of Action,', ['resolution:geneva-plan-of-action']],
    // Negative: a declaration of its own, named in full, is kept.
    ['Recalling the Havana Declaration, adopted by the Group of 77,', ['resolution:havana-declaration']],
  ];
  for (const [text, want] of cases)
    it(text, () => {
      expect(resolutions(text)).toEqual(want);
    });
});
