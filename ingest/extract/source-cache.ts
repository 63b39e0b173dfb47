// The sources of one document's facts, each quote made once: facts come three
// or four to a sentence (a name, the body it belongs to, a date), and more than
// half of all sources repeat one made before in the document. A sentence's
// quote stops are found once (not by a scan back and forth per fact), and the
// same quote gives the same Source object: sources are never modified, and
// build-graph then finds a repeated source by identity. Kept for the document
// being read only (the rules of a document run one after the other).

import type { Source } from '../../cypher/model/graph.ts';
import type { Passage } from '../types.ts';
import type { DocContext } from './context.ts';
import { quoteBounds, quoteEndAt, quoteMayStart } from './quote.ts';

/**
 * Where quotes may start and end inside the text [lo, hi) (quote.ts quoteMayStart, quoteEndAt), in one
 * list of numbers: hi, then n, then the n ascending positions s in (lo, hi] where a quote may start, then
 * pairs (e, where a quote reaching e ends) for the ascending positions e in [lo, hi) where one ends.
 * One list, not an object and three lists: a document's sentences each keep theirs until its graph is built.
 */
type Stops = readonly number[];

interface DocSources {
  readonly ctx: DocContext;
  /** By lo. */
  readonly stops: Map<number, Stops>;
  /** By the quote's start * 1024 + its length (at most 300). */
  readonly sources: Map<number, Source>;
}

let current: DocSources | undefined;

// The stops of the text being read are gathered here, then copied out at their exact length (lists
// grown by push per sentence, each first made with room for 17, and their copies were a twelfth of all
// the memory extraction allocated). Not reentrant (stopsOf calls nothing that calls it).
const scratchStarts: number[] = [];
const scratchEnds: number[] = [];
const scratchOut: number[] = [];

// What isStopCode (char-codes.ts) accepts, and a line break. The text is searched from `lo` on, past
// `hi` only as far as the next one (a sentence ends with one: it is mostly at hi - 1).
const STOP_OR_BREAK = /[.?!;\n]/g;

function stopsOf(text: string, lo: number, hi: number): Stops {
  let starts = 0;
  let ends = 0;
  // Quotes start and end only next to a stop or a line break: the rest of the sentence is passed over,
  // found by the expression natively, not by a loop over every character.
  const re = STOP_OR_BREAK;
  re.lastIndex = lo;
  while (re.test(text)) {
    const k = re.lastIndex - 1;
    if (k >= hi) break;
    if (quoteMayStart(text, lo, hi, k + 1)) scratchStarts[starts++] = k + 1;
    const at = quoteEndAt(text, lo, hi, k);
    if (at >= 0) {
      scratchEnds[ends++] = k;
      scratchEnds[ends++] = at;
    }
  }
  re.lastIndex = 0;
  let n = 0;
  scratchOut[n++] = hi;
  scratchOut[n++] = starts;
  for (let i = 0; i < starts; i++) scratchOut[n++] = scratchStarts[i]!;
  for (let i = 0; i < ends; i++) scratchOut[n++] = scratchEnds[i]!;
  return scratchOut.slice(0, n);
}

/** Index of the first of the `count` ascending numbers list[from], list[from + step], … above `x`. */
function firstAbove(list: Stops, from: number, count: number, step: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[from + mid * step]! <= x) lo = mid + 1;
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
  if (st === undefined || st[0] !== to) {
    st = stopsOf(text, from, to);
    current.stops.set(from, st);
  }
  // quoteIn's scans: back from a to the last start at or before it, on from b to the first end.
  const starts = st[1]!;
  const i = firstAbove(st, 2, starts, 1, a) - 1;
  const s = i >= 0 ? st[2 + i]! : from;
  const pairs = 2 + starts;
  const ends = (st.length - pairs) >> 1;
  const j = firstAbove(st, pairs, ends, 2, b - 1);
  const e = j < ends ? st[pairs + 2 * j + 1]! : to;
  const q = quoteBounds(text, s, e, a, b);
  const key = q.start * 1024 + (q.end - q.start);
  const document = ctx.info.id;
  const seen = current.sources.get(key);
  if (seen !== undefined && seen.document === document && seen.locator === p.locator) return seen;
  const source = { document, locator: p.locator, quote: text.slice(q.start, q.end) };
  current.sources.set(key, source);
  return source;
}
