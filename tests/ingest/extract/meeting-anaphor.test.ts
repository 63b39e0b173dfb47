// A short form of a gathering named before (rules/meeting-anaphor.ts, used by established.ts): "The High-Level
// Event 2031 was … co-organized by A, B and C" after "From 3 to 7 May 2031, the Sample Forum High-Level Event
// 2031 was held in Geneva" gives each organiser ESTABLISHED that gathering. Invented texts in the form of the
// Chair's summary of a WSIS forum.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const HELD =
  'From 3 to 7 May 2031, the Sample Forum High-Level Event 2031 was held in Geneva, Switzerland.\n\n';
const EVENT = 'meeting:sample-forum-high-level-event-2031-05-03';

describe('a gathering named again by its short form', () => {
  it('the organisers of "The High-Level Event" established the gathering named so before', () => {
    const g = extractText(
      `${HELD}The High-Level Event 2031 was co-hosted by Switzerland, and co-organized by ITU, UNESCO and UNDP.`,
    );
    for (const org of ['organization:itu', 'organization:unesco', 'organization:undp'])
      expect(hasEdge(g, 'ESTABLISHED', org, EVENT)).toBe(true);
  });
  it('a short form whose words the gathering’s name does not hold is not it', () => {
    const g = extractText(`${HELD}The Regional Workshop was co-organized by ITU, UNESCO and UNDP.`);
    expect(g.edges.some((e) => e.type === 'ESTABLISHED' && e.to === EVENT)).toBe(false);
  });
  it('a gathering named far before is out of reach', () => {
    const filler = 'The delegates discussed sample matters at length in the plenary. '.repeat(30);
    const g = extractText(
      `${HELD}${filler}\n\nThe High-Level Event 2031 was co-organized by ITU and UNESCO.`,
    );
    expect(g.edges.some((e) => e.type === 'ESTABLISHED' && e.to === EVENT)).toBe(false);
  });
});
