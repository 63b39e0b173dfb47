// "The meeting" a speaker opens (rules/current-meeting.ts, speakers.ts): in a
// notice about one meeting named only in its running text, that meeting; with
// two meetings and no title to choose, none.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const SESSION =
  'The 15th session of the United Nations Commission on Science and Technology for Development (CSTD) is being held from 21-25 May 2012 in Geneva.';

const spoke = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

describe('the meeting a speaker opens', () => {
  it('the one meeting of the notice, opened "this morning"', () =>
    expect(
      spoke(
        `${SESSION}\n\nThe meeting was opened this morning by Dr. Supachai Example, Secretary-General of UNCTAD.`,
      ),
    ).toContain('person:supachai-example meeting:cstd-15 opening'));
  it('two meetings in the running text: no guess', () =>
    expect(
      spoke(
        `${SESSION} The 14th session of the Commission was held from 23-27 May 2011.\n\nThe meeting was opened by Dr. Supachai Example.`,
      ),
    ).toEqual([]));
});
