// A named gathering's words found again elsewhere in its document (rules/meetings-named.ts): the same
// gathering, even undated, unless another date follows them.

import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { otherDateAfter } from './meeting-repeat-dates.ts';

// Each phrase's expression, kept across documents: a new RegExp per phrase per document was compiled
// again each time (861 native compiles in a cold 8 MB run); the same phrases recur from document to
// document. Bounded: emptied when it grows past a few thousand phrases.
const expressions = new Map<string, RegExp>();
const KEPT = 4096;

/** The phrase as a whole-word, case-insensitive global expression. */
function phraseExpression(phrase: string): RegExp {
  let re = expressions.get(phrase);
  if (re === undefined) {
    if (expressions.size >= KEPT) expressions.clear();
    re = new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    expressions.set(phrase, re);
  }
  return re;
}

/** The other places the document names each of `out`'s gatherings in the same words. */
export function namedAgain(
  ctx: DocContext,
  out: readonly FoundMeeting[],
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  // The same words elsewhere in the document, even undated, name the same gathering
  // ("… agreed on holding a high-level event on WSIS+20 in the ITU").
  const again: FoundMeeting[] = [];
  // A phrase already looked for finds nothing new (every place it holds is taken): once per phrase.
  const searched = new Set<string>();
  // Starts already named (a set, not a scan of both lists per match).
  const named = new Set(out.map((g) => g.start));
  for (const f of out) {
    const phrase = ctx.doc.text.slice(f.start, f.end);
    if (searched.has(phrase.toLowerCase())) continue;
    searched.add(phrase.toLowerCase());
    const re = phraseExpression(phrase);
    for (const p of ctx.passages)
      for (const m of matchesOf(re, p.text)) {
        const start = p.start + m.index;
        if (named.has(start) || !free(start, start + m[0].length)) continue;
        if (otherDateAfter(ctx, p, start + m[0].length, f.date)) continue;
        named.add(start);
        again.push({ ...f, p, start, end: start + m[0].length });
      }
  }
  return again;
}
