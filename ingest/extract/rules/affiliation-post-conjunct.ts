// "<Body> and <post>" in one segment of an affiliation chain: a second post of the person written after
// the body with "and", no comma between. "Ms. Damilola Olokesusi, CEO, Shuttlers and eTrade for Women
// Advocate for Anglophone Africa" (the closing statement of UNCTAD's eWeek 2023, u86) made one body
// "Shuttlers and eTrade for Women Advocate for Anglophone Africa"; the second conjunct is headed by a post
// noun (an advocate, a champion, an envoy …) and "for <whom>" after it, so it is a title and the body
// is "Shuttlers". A right conjunct that ends as a body's name does ("… Advocacy Network"), a name the
// gazetteer knows whole ("Bill & Melinda Gates Foundation"-like names with "and") and a left conjunct that
// is itself a post ("Director and Special Envoy for …") stay as they were.

import type { DocContext } from '../context.ts';
import type { AffiliationPart } from './affiliation.ts';
import { BODY_END, BODY_HEAD, POST_HEAD, TITLE_WORDS } from './affiliation-parts.ts';

// The right conjunct: a few words, a post noun, "for" or "on" whom or what ("Goodwill Ambassador for …"). A post
// noun last ("Examplecorp and Partners Coordinator") may end a body's name or a post of it: left alone.
const POST_CONJUNCT = new RegExp(
  `^(?:[\\p{L}\\d][\\p{L}\\d'’&.-]*\\s+){0,6}?(?:${POST_HEAD})\\s+(?:for|on)\\s+\\S.*$`,
  'u',
);
const AND = /\s+and\s+/g;

/** The body and the post of "<Body> and <… Post for …>", or undefined. */
export function postConjunct(ctx: DocContext, raw: string, start: number): AffiliationPart[] | undefined {
  if (!raw.includes(' and ') || !/^\p{Lu}/u.test(raw)) return undefined;
  // A name the gazetteer knows whole is that name.
  if (ctx.gazetteer.match(raw).some((m) => m.start <= 1 && m.end >= raw.length - 1)) return undefined;
  for (const and of raw.matchAll(AND)) {
    const left = raw.slice(0, and.index);
    const right = raw.slice(and.index + and[0].length);
    if (!POST_CONJUNCT.test(right) || BODY_END.test(right)) continue;
    // The left conjunct is a body: capitalised, no post word in it (else "Director and Envoy" is one title).
    if (!/^\p{Lu}/u.test(left) || (TITLE_WORDS.test(left) && !BODY_HEAD.test(left))) return undefined;
    const rightAt = start + and.index + and[0].length;
    const known = ctx.gazetteer
      .match(left)
      .find((m) => m.entry.type === 'Organization' && m.start === 0 && m.end === left.length);
    const kind = known?.entry.kind === 'member-state' ? 'country' : 'org';
    return [
      { kind, start, end: start + left.length, text: left, ...(known ? { entry: known.entry } : {}) },
      { kind: 'title', start: rightAt, end: rightAt + right.length, text: right },
    ];
  }
  return undefined;
}
