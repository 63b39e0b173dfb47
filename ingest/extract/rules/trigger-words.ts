// The rules' trigger words (once one case-insensitive expression per rule)
// found for all rules in one pass over a passage.
// Twenty-odd rules each ran their own expression over every passage (a tenth
// of the time on the seeds); here every registered word is looked up at each
// position through a table of its first two letters, once per passage, and a
// rule's test is a few AND of bits.
//
// Same answer as one expression of the words with the i flag: the words are ASCII and an
// expression with the i flag (no u flag) folds only A–Z onto a–z for them.

import type { Passage } from '../../types.ts';
import { passageCache } from '../passage-cache.ts';

/** A rule's trigger words: bit i % 30 of chunk i / 30 set when registered word i is one of them. */
export interface TriggerWords {
  readonly chunks: readonly number[];
}

// 30 bits a chunk: small integers the engine keeps unboxed, in plain arrays (a typed array per passage
// cost more to make than the scan).
const BITS = 30;

const words: string[] = [];
const ids = new Map<string, number>();
// Chains of the words by their first two (lower-case) code units: head[c1 * 128 + c2], then next[w].
const head = new Int32Array(128 * 128).fill(-1);
const next: number[] = [];
// Each word's third code unit (-1 for a word of two): most words of a chain fail there.
const third: number[] = [];

const lower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

function register(word: string): number {
  const w = word.toLowerCase();
  const known = ids.get(w);
  if (known !== undefined) return known;
  // A shorter word or one with other letters would need the expression's own matching.
  if (w.length < 2 || !/^[\x20-\x7e]+$/.test(w)) throw new Error(`trigger word not printable ASCII: ${word}`);
  const id = words.length;
  words.push(w);
  ids.set(w, id);
  const key = (w.charCodeAt(0) << 7) | w.charCodeAt(1);
  next.push(head[key]!);
  third.push(w.length > 2 ? w.charCodeAt(2) : -1);
  head[key] = id;
  return id;
}

const chunkCount = (): number => Math.ceil(words.length / BITS);

/** Registers a rule's trigger words (at module load, as `keywords`). */
export function triggerWords(list: readonly string[]): TriggerWords {
  const own = list.map(register);
  const chunks = new Array<number>(chunkCount()).fill(0);
  for (const id of own) chunks[Math.floor(id / BITS)]! |= 1 << (id % BITS);
  return { chunks };
}

// Per passage (passage-cache.ts): how many words were registered when it was read (a word registered
// later, by a module loaded later, makes the passage read again), then the chunks of the words it holds.
let lastPassage: Passage | undefined;
let lastFound: number[] | undefined;

function wordsIn(text: string): number[] {
  const bits = new Array<number>(chunkCount() + 1).fill(0);
  bits[0] = words.length;
  const n = text.length;
  let c1 = n > 0 ? lower(text.charCodeAt(0)) : 0;
  for (let i = 0; i + 1 < n; i++) {
    const c2 = lower(text.charCodeAt(i + 1));
    let w = (c1 | c2) < 128 ? head[(c1 << 7) | c2]! : -1;
    if (w >= 0) {
      const c3 = i + 2 < n ? lower(text.charCodeAt(i + 2)) : -1;
      for (; w >= 0; w = next[w]!) {
        const t = third[w]!;
        if (t !== -1 && t !== c3) continue;
        const k = 1 + Math.floor(w / BITS);
        const bit = 1 << (w % BITS);
        if ((bits[k]! & bit) === 0 && holdsAt(text, i, words[w]!)) bits[k]! |= bit;
      }
    }
    c1 = c2;
  }
  return bits;
}

/** Whether `word` (lower case, its first three code units already matched) is at `i` in `text`. */
function holdsAt(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 3; k < word.length; k++)
    if (lower(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether the passage holds any of the trigger words (case-insensitive). */
export function hasTrigger(p: Passage, t: TriggerWords): boolean {
  // A rule often asks about one passage several times in a row: the last one first, before its cache.
  let f = p === lastPassage ? lastFound : passageCache(p).triggers;
  if (f === undefined || f[0] !== words.length) {
    f = wordsIn(p.text);
    passageCache(p).triggers = f;
  }
  lastPassage = p;
  lastFound = f;
  const a = t.chunks;
  for (let i = 0; i < a.length; i++) if ((a[i]! & f[i + 1]!) !== 0) return true;
  return false;
}
