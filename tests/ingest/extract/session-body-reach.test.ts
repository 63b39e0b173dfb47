// Whose "its 27th session" is, when the body is the subject of a long sentence (rules/session-body.ts):
// "The UN Commission on Science and Technology for Development (CSTD), hosted by …, has been requested
// by … to … organize discussions on WSIS+20 at its 27th session in 2024" names the Commission 372
// characters before the session. The PART_OF and the node's quote must show both; when no quote of at
// most 300 characters can, the session is left out. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const SUBJECT = 'The Commission on Science and Technology for Development (CSTD)';
const padding = (n: number) => ', which is hosted by the secretariat'.repeat(n);
const sentence = (n: number) =>
  `${SUBJECT}${padding(n)}, has been requested by resolution 2029/3 to organize discussions at its 27th session in 2030 and to report thereon to the General Assembly${padding(4)}.`;

const partOf = (text: string) =>
  extractText(text).edges.find((e) => e.type === 'PART_OF' && e.from === 'meeting:cstd-27');
const sessionNode = (text: string) => extractText(text).nodes.find((n) => n.id === 'meeting:cstd-27');

const CASES: [name: string, text: string, found: boolean][] = [
  ['the body within one quote of its session', sentence(1), true],
  ['a sentence longer than one quote, the body within reach', sentence(4), true],
  ['the body out of reach of any one quote', sentence(9), false],
];

describe('a session whose body is its sentence’s subject', () => {
  for (const [name, text, found] of CASES)
    it(name, () => {
      const e = partOf(text);
      expect(e !== undefined).toBe(found);
      expect(sessionNode(text) !== undefined).toBe(found);
      for (const s of [...(e?.sources ?? []), ...(sessionNode(text)?.sources ?? [])]) {
        expect(s.quote).toContain('its 27th session');
        expect(s.quote).toMatch(/Commission on Science and Technology for Development|CSTD/);
        expect(s.quote.length).toBeLessThanOrEqual(300);
      }
    });
});

describe('a body named right after its session', () => {
  it('keeps the session however far the sentence’s subject is', () => {
    const text = `${SUBJECT}${padding(9)}, has been requested to report to the 27th session of the Commission on Science and Technology for Development in 2030.`;
    expect(partOf(text)?.to).toBe('organization:cstd');
  });
});
