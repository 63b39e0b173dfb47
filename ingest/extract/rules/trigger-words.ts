// The rules' trigger words (once one case-insensitive expression per rule)
// found for all rules in one pass over a passage.
// Twenty-odd rules each ran their own expression over every passage (a tenth
// of the time on the seeds); here all registered words are found in one read of
// the passage (trigger-automaton.ts), and a rule's test is a few AND of bits.
//
// Same answer as one expression of the words with the i flag: the words are ASCII and an
// expression with the i flag (no u flag) folds only A–Z onto a–z for them.

import type { Passage } from '../../types.ts';
import { passageCache } from '../passage-cache.ts';
import { markWords, type TriggerAutomaton, triggerAutomaton } from './trigger-automaton.ts';

/**
 * A rule's trigger words: bit i % 30 of chunk i / 30 set when registered word i is one of them, kept
 * for the chunks that hold one (a rule's few words lie in one or two of the eight-odd chunks).
 */
export interface TriggerWords {
  /** Which chunks: indexes into a passage's bits (chunk k at 1 + k). */
  readonly at: readonly number[];
  /** Their bits, in the same order. */
  readonly masks: readonly number[];
}

// 30 bits a chunk: small integers the engine keeps unboxed, in plain arrays (a typed array per passage
// cost more to make than the scan).
const BITS = 30;

const words: string[] = [];
const ids = new Map<string, number>();
// The automaton of the words, made again at the first passage read after a word is registered.
let automaton: TriggerAutomaton | undefined;

function register(word: string): number {
  const w = word.toLowerCase();
  const known = ids.get(w);
  if (known !== undefined) return known;
  // A shorter word or one with other letters would need the expression's own matching.
  if (w.length < 2 || !/^[\x20-\x7e]+$/.test(w)) throw new Error(`trigger word not printable ASCII: ${word}`);
  const id = words.length;
  words.push(w);
  ids.set(w, id);
  return id;
}

const chunkCount = (): number => Math.ceil(words.length / BITS);

/** Registers a rule's trigger words (at module load, as `keywords`). */
export function triggerWords(list: readonly string[]): TriggerWords {
  const own = list.map(register);
  const chunks = new Array<number>(chunkCount()).fill(0);
  for (const id of own) chunks[Math.floor(id / BITS)]! |= 1 << (id % BITS);
  const at: number[] = [];
  const masks: number[] = [];
  chunks.forEach((mask, k) => {
    if (mask === 0) return;
    at.push(1 + k);
    masks.push(mask);
  });
  return { at, masks };
}

// Per passage (passage-cache.ts): how many words were registered when it was read (a word registered
// later, by a module loaded later, makes the passage read again), then the chunks of the words it holds.
let lastPassage: Passage | undefined;
let lastFound: number[] | undefined;

function wordsIn(text: string): number[] {
  const bits = new Array<number>(chunkCount() + 1).fill(0);
  bits[0] = words.length;
  if (automaton === undefined || automaton.size !== words.length) automaton = triggerAutomaton(words);
  markWords(automaton, text, bits, BITS);
  return bits;
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
  const { at, masks } = t;
  for (let i = 0; i < at.length; i++) if ((masks[i]! & f[at[i]!]!) !== 0) return true;
  return false;
}
