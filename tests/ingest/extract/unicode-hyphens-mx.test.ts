// Transcripts write "Secretary‑General" with a non-breaking hyphen (U+2011;
// IGF Leadership Panel 2023 transcript) and name people "Mx."; neither may keep
// a known body from being found nor cut a sentence (and so a quote) in two.

import { describe, expect, it } from 'vitest';
import { quoteAround } from '../../../ingest/extract/quote.ts';
import { sentences } from '../../../ingest/extract/sentences.ts';
import type { Passage } from '../../../ingest/types.ts';
import { extractText } from './helpers.ts';

const ids = (text: string) => extractText(text).nodes.map((n) => n.id);

describe('hyphens between the words of a known name', () => {
  it.each([
    ['Secretary-General', true],
    ['Secretary\u2010General', true],
    ['Secretary\u2011General', true],
    ['Secretary / General', false],
  ])('the United Nations %s', (written, found) => {
    const text = `The Panel was set up by the United Nations ${written} in 2022.`;
    expect(ids(text).includes('organization:secretary-general')).toBe(found);
  });
});

describe('"Mx." does not end a sentence', () => {
  const text = 'The report was presented by Mx. Robin Jones to the Commission. It was adopted.';
  it('sentences: two, not three', () => {
    const p: Passage = { locator: 'para 1', kind: 'text', start: 0, end: text.length, text };
    expect(sentences(p).map((x) => text.slice(x.start, x.end).trim())).toEqual([
      'The report was presented by Mx. Robin Jones to the Commission.',
      'It was adopted.',
    ]);
  });
  it('a quote around the name keeps the words before "Mx."', () => {
    const at = text.indexOf('Robin');
    expect(quoteAround(text, at, at + 'Robin Jones'.length)).toMatch(
      /^The report was presented by Mx\. Robin/,
    );
  });
});
