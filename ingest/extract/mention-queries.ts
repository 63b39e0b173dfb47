// The questions rules ask of the mention index (mention-index.ts): which mentions are inside, start in, overlap
// or cover a span, and which is the last before an offset. Answers keep the order the scans they replace gave.

import type { NodeLabel } from '../../cypher/model/labels.ts';
import type { DocContext, Mention } from './context.ts';
import { index, sortedMentions } from './mention-index.ts';
import { inScanOrder, lowerBound } from './mention-order.ts';

// Answers are gathered here, then copied out at their length (an array grown by push keeps room for 16 from
// its first element; most answers hold a mention or two). Not reentrant: nothing called meanwhile asks again.
const found: (Mention | undefined)[] = [];

function takeFound(n: number): Mention[] {
  // Most answers are empty: a literal, no call.
  if (n === 0) return [];
  const out = found.slice(0, n) as Mention[];
  for (let k = 0; k < n; k++) found[k] = undefined; // no mention of a document done with kept alive here
  return out;
}

/** Mentions inside [start, end), in text order. */
export function mentionsIn(ctx: DocContext, start: number, end: number, type?: NodeLabel): Mention[] {
  const list = sortedMentions(ctx);
  let n = 0;
  for (let i = lowerBound(list, start); i < list.length && list[i]!.start < end; i++) {
    const m = list[i]!;
    if (m.end <= end && (!type || m.type === type)) found[n++] = m;
  }
  return takeFound(n);
}

/**
 * The last mention before `offset` (the one starting latest) that satisfies `pred`. With `notBefore`,
 * `pred` accepts only mentions starting there or later: the search stops at it instead of at the
 * document's first mention (a sentence without one scanned them all).
 */
export function lastMentionBefore(
  ctx: DocContext,
  offset: number,
  pred: (m: Mention) => boolean,
  notBefore = Number.NEGATIVE_INFINITY,
): Mention | undefined {
  const list = sortedMentions(ctx);
  for (let i = lowerBound(list, offset) - 1; i >= 0; i--) {
    const m = list[i]!;
    if (m.start < notBefore) break;
    if (m.end <= offset && pred(m)) return m;
  }
  return undefined;
}

/** Mentions starting in [from, to] (both included), in the order of ctx.mentions. */
export function mentionsStartingIn(ctx: DocContext, from: number, to: number): Mention[] {
  const { sorted: list, order } = index(ctx);
  const first = lowerBound(list, from);
  let last = first;
  while (last < list.length && list[last]!.start <= to) last++;
  const out = last === first ? [] : list.slice(first, last);
  return out.length > 1 ? inScanOrder(out, order, first) : out;
}

/** Mentions overlapping [start, end), in text order (start, then the longer first). */
export function mentionsOverlapping(ctx: DocContext, start: number, end: number): Mention[] {
  const { sorted: list, maxLength } = index(ctx);
  let n = 0;
  for (let i = lowerBound(list, start - maxLength); i < list.length && list[i]!.start < end; i++) {
    const m = list[i]!;
    if (m.end > start) found[n++] = m;
  }
  return takeFound(n);
}

/** Mentions holding the character at `offset`, in text order. */
export function mentionsCovering(ctx: DocContext, offset: number): Mention[] {
  return mentionsOverlapping(ctx, offset, offset + 1);
}
