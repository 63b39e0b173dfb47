// Mentions indexed by position: the rules ask "which mentions are here" for
// every match of every expression; a scan of all mentions each time made long
// documents quadratic. Answers keep the order the scans they replace gave.

import type { NodeLabel } from '../../cypher/model/labels.ts';
import type { DocContext, Mention } from './context.ts';
import { byPosition, inScanOrder, lowerBound, upperBound } from './mention-order.ts';

// Mentions sorted by start, brought up to date when mentions were added: rules
// ask for "the mentions in this sentence" thousands of times on a long document,
// between additions. Mentions are only ever appended, so only the new ones are
// sorted and merged in (a stable merge: the order of a full stable sort).
interface Index {
  n: number;
  sorted: Mention[];
  /**
   * Where each mention of `sorted` is in ctx.mentions (sorted[k] is ctx.mentions[order[k]]), for answers in
   * the order a scan of that array gives. An array beside `sorted`, not a map per mention: the indexes of
   * every document are kept until its graph is built.
   */
  order: number[];
  /** The longest mention: how far back a mention covering an offset can start. */
  maxLength: number;
}

const sortedCache = new WeakMap<Mention[], Index>();
// Rules ask about one document many times in a row: its index is looked for there before the weak map.
let lastMentions: Mention[] | undefined;
let lastIndex: Index | undefined;

export function sortedMentions(ctx: DocContext): Mention[] {
  return index(ctx).sorted;
}

function index(ctx: DocContext): Index {
  const mentions = ctx.mentions;
  const c = mentions === lastMentions ? lastIndex : sortedCache.get(mentions);
  if (c && c.n === mentions.length) return c;
  if (c && (c.n + 1 === mentions.length || inOrderAfter(c, mentions))) return addInPlace(c, mentions);
  const from = c?.n ?? 0;
  let maxLength = c?.maxLength ?? 0;
  // The new mentions' positions, in the order a stable sort of the new mentions by position gives.
  const added: number[] = [];
  for (let i = from; i < mentions.length; i++) {
    const m = mentions[i]!;
    added.push(i);
    maxLength = Math.max(maxLength, m.end - m.start);
  }
  added.sort((x, y) => byPosition(mentions[x]!, mentions[y]!) || x - y);
  let sorted: Mention[];
  let order: number[];
  const old = c?.sorted;
  if (old && (old.length === 0 || byPosition(mentions[added[0]!]!, old[old.length - 1]!) >= 0)) {
    // Mentions mostly come in text order: all after the last one (ties after it, as a stable sort puts
    // them), appended in place instead of a new merged array per batch (a long document's index was
    // copied at every query after a passage's names).
    sorted = old;
    order = c.order;
    for (const i of added) {
      sorted.push(mentions[i]!);
      order.push(i);
    }
  } else if (old && added.length <= 16) {
    // A few new mentions: each goes in after its equals (as a stable sort puts it), in place.
    sorted = old;
    order = c.order;
    for (const i of added) {
      const at = upperBound(sorted, mentions[i]!);
      sorted.splice(at, 0, mentions[i]!);
      order.splice(at, 0, i);
    }
  } else {
    const prev = old ?? [];
    const prevOrder = c?.order ?? [];
    const n = prev.length + added.length;
    sorted = new Array(n);
    order = new Array(n);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < prev.length && j < added.length) {
      if (byPosition(mentions[added[j]!]!, prev[i]!) < 0) {
        order[k] = added[j]!;
        sorted[k++] = mentions[added[j++]!]!;
      } else {
        order[k] = prevOrder[i]!;
        sorted[k++] = prev[i++]!;
      }
    }
    while (i < prev.length) {
      order[k] = prevOrder[i]!;
      sorted[k++] = prev[i++]!;
    }
    while (j < added.length) {
      order[k] = added[j]!;
      sorted[k++] = mentions[added[j++]!]!;
    }
  }
  const next = { n: mentions.length, sorted, order, maxLength };
  sortedCache.set(mentions, next);
  lastMentions = mentions;
  lastIndex = next;
  return next;
}

/** Whether the mentions added since `c` are in text order, all after (or with) its last one. */
function inOrderAfter(c: Index, mentions: Mention[]): boolean {
  const sorted = c.sorted;
  if (sorted.length > 0 && byPosition(mentions[c.n]!, sorted[sorted.length - 1]!) < 0) return false;
  for (let i = c.n + 1; i < mentions.length; i++)
    if (byPosition(mentions[i - 1]!, mentions[i]!) > 0) return false;
  return true;
}

/**
 * What the general case below gives when one mention was added (a rule adds a mention, then asks about
 * the next sentence) or the mentions added are in text order after the others (a passage's names): in
 * place, without a list of the new mentions, a sort, or a new index.
 */
function addInPlace(c: Index, mentions: Mention[]): Index {
  const sorted = c.sorted;
  for (let i = c.n; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (sorted.length === 0 || byPosition(m, sorted[sorted.length - 1]!) >= 0) {
      sorted.push(m);
      c.order.push(i);
    } else {
      // Only one mention added (inOrderAfter holds for more).
      const at = upperBound(sorted, m);
      sorted.splice(at, 0, m);
      c.order.splice(at, 0, i);
    }
    c.maxLength = Math.max(c.maxLength, m.end - m.start);
  }
  c.n = mentions.length;
  lastMentions = mentions;
  lastIndex = c;
  return c;
}

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
