// A unit named by a list of fields, in a chain of posts after a name (rules/affiliation.ts): "Mr. Mongi
// Hamdi, Head of UNCTAD's Science, Technology and ICT Branch, and also Head of the CSTD Secretariat"
// (UNCTAD news of the CSTD's fifteenth session, 2012) holds a post in one branch, not a title "Head of
// UNCTAD's Science" and a body "Technology and ICT Branch". The possessive names the body the unit is of:
// the post is UNCTAD's, titled by the unit ("Head of Science, Technology and ICT Branch").

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';

// The segment so far ends in a capitalised field ("… of UNCTAD's Science").
const ENDS_IN_FIELD = /\bof\s+(?:the\s+)?\S.*\s\p{Lu}[\p{L}-]+$/u;
const FIELD = '(?!(?:Mr|Ms|Mrs|Mx|Dr|Prof|H)\\b)\\p{Lu}[\\p{L}-]+';
const UNIT_HEAD = '(?:Branch|Division|Section|Unit|Service|Department|Office|Programme)';
// ", Technology and ICT Branch", ", Trade, Investment and Innovation Division": more fields, the last after
// "and", then the unit's head word.
const UNIT_FIELDS = new RegExp(
  `^(?:,\\s+${FIELD}(?:\\s+${FIELD})?)*,?\\s+and\\s+${FIELD}(?:\\s+${FIELD})?\\s+${UNIT_HEAD}\\b`,
  'u',
);

/** How many characters after the segment `seg` belong to it (a unit's list of fields), or 0. */
export function unitFieldsLength(seg: string, after: string): number {
  if (!ENDS_IN_FIELD.test(seg)) return 0;
  return UNIT_FIELDS.exec(after)?.[0].length ?? 0;
}

const POSSESSIVE = new RegExp(`^(.+?)['’]s\\s+(\\p{Lu}.*\\s${UNIT_HEAD})$`, 'u');

/**
 * "Head" and "UNCTAD's Science, Technology and ICT Branch": the body the gazetteer knows before the
 * possessive and the post titled by its unit, else undefined.
 */
export function possessiveUnit(
  ctx: DocContext,
  title: string,
  name: string,
): { readonly entry: GazetteerEntry; readonly post: string } | undefined {
  const m = POSSESSIVE.exec(name);
  if (!m) return undefined;
  const owner = m[1]!;
  const entry = ctx.gazetteer
    .match(owner)
    .find((g) => g.entry.type === 'Organization' && g.start === 0 && g.end >= owner.length)?.entry;
  return entry ? { entry, post: `${title} of ${m[2]}` } : undefined;
}
