// The text order of mentions (by start, the longer first at one start) and binary searches in a list kept
// in that order (mention-index.ts, mention-queries.ts).

import type { Mention } from './context.ts';

export const byPosition = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

/** Index after the last mention that sorts before or equal to `m`. */
export function upperBound(list: readonly Mention[], m: Mention): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(list[mid]!, m) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first mention starting at or after `offset`. */
export function lowerBound(list: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `out` (list[first …] of the index) in the order of ctx.mentions. A mention pushed twice goes where it
 * was first pushed, both times (its copies have the same position: they are next to each other in `out`).
 */
export function inScanOrder(out: Mention[], order: readonly number[], first: number): Mention[] {
  const keys = order.slice(first, first + out.length);
  for (let a = 1; a < out.length; a++)
    for (let b = a - 1; b >= 0 && byPosition(out[b]!, out[a]!) === 0; b--)
      if (out[b] === out[a]) keys[a] = keys[b] = Math.min(keys[a]!, keys[b]!);
  const at = out.map((_, k) => k).sort((x, y) => keys[x]! - keys[y]!);
  return at.map((k) => out[k]!);
}
