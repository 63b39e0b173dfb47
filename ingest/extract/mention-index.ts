// Mentions indexed by position: the rules ask "which mentions are here" for
// every match of every expression; a scan of all mentions each time made long
// documents quadratic. Answers keep the order the scans they replace gave.

import type { DocContext, Mention } from './context.ts';
import { byPosition, upperBound } from './mention-order.ts';

// Mentions sorted by start, brought up to date when mentions were added: rules
// ask for "the mentions in this sentence" thousands of times on a long document,
// between additions. Mentions are only ever appended, so only the new ones are
// sorted and merged in (a stable merge: the order of a full stable sort).
export interface Index {
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

/** The document's mention index, brought up to date with the mentions added since it was last asked. */
export function index(ctx: DocContext): Index {
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
