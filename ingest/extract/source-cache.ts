// The sources of one document's facts, each quote made once: facts come three
// or four to a sentence (a name, the body it belongs to, a date), and more than
// half of all sources repeat one made before in the document. A sentence's
// quote stops are found once (not by a scan back and forth per fact), and the
// same quote gives the same Source object: sources are never modified, and
// build-graph then finds a repeated source by identity. Kept for the document
// being read only (the rules of a document run one after the other).

import type { Source } from '../../cypher/model/graph.ts';
import type { Passage } from '../types.ts';
import { isStopCode } from './char-codes.ts';
import type { DocContext } from './context.ts';
import { quoteBounds, quoteEndAt, quoteMayStart } from './quote.ts';

/** Where quotes may start and end inside the text [lo, hi) (quote.ts quoteMayStart, quoteEndAt). */
interface Stops {
  readonly hi: number;
  /** Ascending positions s in (lo, hi] where a quote may start. */
  readonly starts: number[];
  /** Ascending positions e in [lo, hi) where a quote reaching e ends, and where it ends (ends[k]). */
  readonly endsAt: number[];
  readonly ends: number[];
}

interface DocSources {
  readonly ctx: DocContext;
  /** By lo. */
  readonly stops: Map<number, Stops>;
  /** By the quote's start * 1024 + its length (at most 300). */
  readonly sources: Map<number, Source>;
}

let current: DocSources | undefined;

function stopsOf(text: string, lo: number, hi: number): Stops {
  const starts: number[] = [];
  const endsAt: number[] = [];
  const ends: number[] = [];
  // Quotes start and end only next to a stop or a line break: the rest of the sentence is passed over.
  for (let k = lo; k < hi; k++) {
    const c = text.charCodeAt(k);
    if (c !== 10 && !isStopCode(c)) continue;
    if (quoteMayStart(text, lo, hi, k + 1)) starts.push(k + 1);
    const at = quoteEndAt(text, lo, hi, k);
    if (at >= 0) {
      endsAt.push(k);
      ends.push(at);
    }
  }
  // Exact lengths (an array grown by push keeps room for 17): the document's sentences each keep theirs.
  return { hi, starts: starts.slice(), endsAt: endsAt.slice(), ends: ends.slice() };
}

/** Index of the first element of the ascending `list` above `x` (list.length when none). */
function firstAbove(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What `{ document, locator, quote: quoteIn(text, from, to, a, b) }` gives for words [a, b) of passage
 * `p` inside [from, to) (from <= a < b <= to), the same object for the same quote.
 */
export function sourceIn(
  ctx: DocContext,
  p: Passage,
  from: number,
  to: number,
  a: number,
  b: number,
): Source {
  if (current?.ctx !== ctx) current = { ctx, stops: new Map(), sources: new Map() };
  const text = ctx.doc.text;
  let st = current.stops.get(from);
  if (st === undefined || st.hi !== to) {
    st = stopsOf(text, from, to);
    current.stops.set(from, st);
  }
  // quoteIn's scans: back from a to the last start at or before it, on from b to the first end.
  const i = firstAbove(st.starts, a) - 1;
  const s = i >= 0 ? st.starts[i]! : from;
  const j = firstAbove(st.endsAt, b - 1);
  const e = j < st.endsAt.length ? st.ends[j]! : to;
  const q = quoteBounds(text, s, e, a, b);
  const key = q.start * 1024 + (q.end - q.start);
  const document = ctx.info.id;
  const seen = current.sources.get(key);
  if (seen !== undefined && seen.document === document && seen.locator === p.locator) return seen;
  const source = { document, locator: p.locator, quote: text.slice(q.start, q.end) };
  current.sources.set(key, source);
  return source;
}
