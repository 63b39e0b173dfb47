// Sentences are kept on the passage (extract/sentences.ts): the same array at
// each call, split apart with and without semicolons, and a frozen passage
// (which cannot keep them) gets the same sentences from the fallback.

import { describe, expect, it } from 'vitest';
import { sentences } from '../../../ingest/extract/sentences.ts';
import type { Passage } from '../../../ingest/types.ts';

const TEXT = 'The Commission met; it adopted a report. Mr. Major spoke.\n\nThen the session closed';
const make = (): Passage => ({
  locator: 'para 1',
  kind: 'paragraph',
  start: 100,
  end: 100 + TEXT.length,
  text: TEXT,
});

describe('sentences cache', () => {
  it('splits once per passage and kind of split', () => {
    const p = make();
    const withSemicolons = sentences(p);
    expect(sentences(p)).toBe(withSemicolons);
    expect(withSemicolons.map((s) => s.text)).toEqual([
      'The Commission met;',
      ' it adopted a report.',
      ' Mr. Major spoke.',
      '\n',
      '\nThen the session closed',
    ]);
    const without = sentences(p, false);
    expect(sentences(p, false)).toBe(without);
    expect(without.map((s) => s.text)).toEqual([
      'The Commission met; it adopted a report.',
      ' Mr. Major spoke.',
      '\n',
      '\nThen the session closed',
    ]);
    expect(withSemicolons[0]).toEqual({ start: 100, end: 119, text: 'The Commission met;' });
    // Nothing a reader of the passage sees changes.
    expect(Object.keys(p)).toEqual(['locator', 'kind', 'start', 'end', 'text']);
    expect(JSON.parse(JSON.stringify(p))).toEqual(make());
  });

  it('gives a frozen passage the sentences an open one gets, once', () => {
    const frozen = Object.freeze(make());
    const got = sentences(frozen);
    expect(got).toEqual(sentences(make()));
    expect(sentences(frozen)).toBe(got);
    expect(sentences(frozen, false)).toEqual(sentences(make(), false));
  });
});
