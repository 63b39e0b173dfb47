// A resolution's preambular paragraphs copied without blank lines between them (rules/preamble-clauses.ts): a
// request recalled in one paragraph ("…, in which the Assembly requested the Council to …,") does not take in
// the instruments the next paragraph ("Bearing in mind its decision …") recalls (rules/mandates.ts). Invented text.

import { describe, expect, it } from 'vitest';
import { preambleEnd } from '../../../ingest/extract/rules/preamble-clauses.ts';
import { extractText } from './helpers.ts';

const refs = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'REFERENCES' && e.from === 'resolution:a-res-97-252')
    .map((e) => e.to)
    .sort();

const HEAD =
  'ECOSOC Resolution 2098/46\nJuly 2098\nSample follow-up\nThe Economic and Social Council,\nRecalling General Assembly resolution 97/252 of 27 March 2098, in which the Assembly requested the Council to review the sample Commission, taking into account resolution 97/1';

describe('a preambular paragraph ends at the next one', () => {
  it('the next paragraph on its own line', () => {
    expect(
      refs(
        `${HEAD},\nBearing in mind its decision 2040/218 of 30 April 2040 and resolution 2040/62 of 31 July 2040,\n`,
      ),
    ).toEqual(['resolution:a-res-97-1']);
  });
  // Negative: the paragraph goes on (no new preambular opener on the next line): what it names is its own.
  it('a wrapped line going on', () => {
    expect(refs(`${HEAD},\nas well as decision 2040/218 of 30 April 2040,\n`)).toEqual([
      'resolution:a-res-97-1',
      'resolution:e-dec-2040-218',
    ]);
  });
  it.each([
    ['x,\nRecalling y', 2],
    ['x,\nTaking note also of y', 2],
    // Negative: no new paragraph (lower case, no comma, or no line break): the whole span.
    ['x,\nrecalling y', 14],
    ['x\nRecalling y', 13],
    ['x, Recalling y', 14],
  ])('preambleEnd(%j)', (text, want) => expect(preambleEnd(text, 0, text.length)).toBe(want));
});
