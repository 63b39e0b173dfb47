// Matching a text against the trie (trie.ts): all non-overlapping longest
// acceptable matches, in one pass over the words, read one at a time.

import { isSpaceCode } from '../extract/char-codes.ts';
import { nextWord, type WordSpan, wordSpan } from './scan-words.ts';
import { tokenCacheGeneration } from './tokens.ts';
import { childOf, type Hit, mayStartName, type Trie, type TrieNode } from './trie.ts';
import type { GazetteerEntry, GazetteerMatch } from './types.ts';

/** `f === text.slice(start, end).replace(/\s/g, '')`, without the copies. */
function equalsWithoutSpaces(f: string, text: string, start: number, end: number): boolean {
  let j = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isSpaceCode(c)) continue;
    if (j >= f.length || f.charCodeAt(j) !== c) return false;
    j++;
  }
  return j === f.length;
}

/**
 * An acronym form matches only as written; a name needs a capital first letter unless it is a theme.
 * Word k of the match is text[starts[k], ends[k]).
 */
function acceptable(hit: Hit, text: string, starts: readonly number[], ends: readonly number[]): boolean {
  const acronyms = hit.acronyms;
  for (let k = 0; k < acronyms.length; k++) {
    const f = acronyms[k];
    if (f !== undefined && !equalsWithoutSpaces(f, text, starts[k]!, ends[k]!)) return false;
  }
  if (hit.anyCase) return true;
  const c = text.charCodeAt(starts[0]!);
  // ASCII first: a capital or a digit; else the Unicode test.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\d]/u.test(text.slice(starts[0]!, ends[0]!));
}

/** At most spaces, hyphens, dashes, apostrophes or commas between two words. */
function adjacent(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // space, hyphen (also U+2010 and the non-breaking U+2011 of transcripts: "Secretary‑General"), en dash,
    // apostrophes, comma, or any other white space
    if (
      c !== 32 &&
      c !== 45 &&
      c !== 0x2010 &&
      c !== 0x2011 &&
      c !== 0x2013 &&
      c !== 39 &&
      c !== 0x2019 &&
      c !== 44 &&
      !isSpaceCode(c)
    )
      return false;
  }
  return true;
}

/**
 * `word` is an acronym in brackets right after the previous word: "The Open-ended Working Group (OEWG) on
 * security of and in the use of …" (IISD and UN press texts put the acronym after the head noun, not after
 * the whole name). The name's walk passes over it; the match still spans it.
 */
function bracketedAcronym(text: string, prevEnd: number, word: WordSpan): boolean {
  if (text.charCodeAt(word.end) !== 41 || word.end - word.start < 2 || word.end - word.start > 8)
    return false;
  let k = prevEnd;
  while (k < word.start - 1 && isSpaceCode(text.charCodeAt(k))) k++;
  if (k !== word.start - 1 || text.charCodeAt(k) !== 40) return false;
  for (let j = word.start; j < word.end; j++) {
    const c = text.charCodeAt(j);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

// Rules look the same short texts up again and again (a name's leading words in part-of, a body
// after "of", a country in a list): three lookups in four repeat one made earlier in the document.
// Texts up to this length are remembered until the next document (clearTokenCache), at most MEMO_MAX.
const MEMO_MAX_LENGTH = 256;
const MEMO_MAX = 20_000;

/** All non-overlapping longest matches in `text`, in order (a new array: callers may keep or change it). */
export function matchTrie(trie: Trie, text: string): GazetteerMatch[] {
  if (text.length > MEMO_MAX_LENGTH) return scanTrie(trie, text);
  const memo = trie.memo;
  const generation = tokenCacheGeneration();
  if (memo.generation !== generation) {
    memo.byText.clear();
    memo.generation = generation;
  }
  let found = memo.byText.get(text);
  if (found === undefined) {
    found = scanTrie(trie, text);
    if (memo.byText.size >= MEMO_MAX) memo.byText.clear();
    memo.byText.set(text, found);
  }
  return found.length === 0 ? [] : found.slice();
}

// The words of the match being tried, and per word count the entry an acceptable hit gives (reused: a
// walk never outlives one scanTrie step).
const walkStarts: number[] = [];
const walkEnds: number[] = [];
const walkHits: (GazetteerEntry | undefined)[] = [];
const keptStarts: number[] = [];
const keptEnds: number[] = [];
const keptHits: (GazetteerEntry | undefined)[] = [];

/**
 * The longest acceptable match starting at word `w`, in words (0: none); its words are left in
 * walkStarts/walkEnds and, per length, the acceptable entry in walkHits. Words are read ahead only
 * along the trie.
 */
function walkFrom(trie: Trie, text: string, w: WordSpan, ahead: WordSpan): number {
  let at: TrieNode | undefined = trie.root;
  let bestLen = 0;
  let word = w;
  for (let depth = 0; ; depth++) {
    let next = childOf(at, text, word);
    // Where the gap before this word starts: after the previous word, or after a bracketed acronym passed over.
    let gapFrom = depth > 0 ? walkEnds[depth - 1]! : 0;
    if (!next && depth > 0 && bracketedAcronym(text, gapFrom, word) && nextWord(text, word.end + 1, ahead)) {
      gapFrom = word.end + 1;
      word = ahead;
      next = childOf(at, text, word);
    }
    at = next;
    if (!at) break;
    const start = word.start;
    const end = word.end;
    // Words must be adjacent: at most spaces, hyphens or an apostrophe between them.
    if (depth > 0 && !adjacent(text, gapFrom, start)) break;
    walkStarts[depth] = start;
    walkEnds[depth] = end;
    walkHits[depth] = undefined;
    // A hit here has depth + 1 words (its form's), the words of the walk so far.
    for (const h of at.hits)
      if (acceptable(h, text, walkStarts, walkEnds)) {
        bestLen = depth + 1;
        walkHits[depth] = h.entry;
        break;
      }
    if (!nextWord(text, end, ahead)) break;
    word = ahead;
  }
  return bestLen;
}

/**
 * A match of `len` words (in walkStarts/walkEnds/walkHits) gives way to a longer name that starts on one
 * of its later words and runs past its end: "Secretary-General of the United Nations Conference on Trade
 * and Development" is the Secretary-General of UNCTAD, not of the United Nations. It keeps its longest
 * acceptable part that ends before that name (0: none). Returns the words kept.
 */
function yieldToLonger(trie: Trie, text: string, len: number, inner: WordSpan, ahead: WordSpan): number {
  // The walks tried here overwrite walkStarts/walkEnds/walkHits: the match is kept aside (reused arrays).
  const starts = keptStarts;
  const ends = keptEnds;
  const hits = keptHits;
  for (let k = 0; k < len; k++) {
    starts[k] = walkStarts[k]!;
    ends[k] = walkEnds[k]!;
    hits[k] = walkHits[k];
  }
  let keep = len;
  for (let j = 1; j < len && keep === len; j++) {
    if (!nextWord(text, starts[j]!, inner) || inner.start !== starts[j]) continue;
    if (inner.ascii && !mayStartName(trie, inner.hash)) continue;
    const sub = walkFrom(trie, text, inner, ahead);
    if (sub > 0 && walkEnds[sub - 1]! > ends[len - 1]!) {
      keep = j;
      while (keep > 0 && hits[keep - 1] === undefined) keep--;
    }
  }
  for (let k = 0; k < keep; k++) {
    walkStarts[k] = starts[k]!;
    walkEnds[k] = ends[k]!;
    walkHits[k] = hits[k];
  }
  return keep;
}

/**
 * One pass over the words, read one at a time (no arrays of every word's offsets: every passage of every
 * document goes through here). At each word the longest acceptable match wins and the scan goes on after
 * it, unless a longer name starts inside it (yieldToLonger).
 */
function scanTrie(trie: Trie, text: string): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const w = wordSpan();
  const ahead = wordSpan();
  const inner = wordSpan();
  let pos = 0;
  while (nextWord(text, pos, w)) {
    // Most words start no name: an ASCII word whose hash no first word has is passed over unread.
    if (w.ascii && !mayStartName(trie, w.hash)) {
      pos = w.end;
      continue;
    }
    let bestLen = walkFrom(trie, text, w, ahead);
    if (bestLen > 1) bestLen = yieldToLonger(trie, text, bestLen, inner, ahead);
    const bestEntry = bestLen > 0 ? walkHits[bestLen - 1] : undefined;
    if (bestEntry) {
      const s = w.start;
      const e = walkEnds[bestLen - 1]!;
      out.push({ entry: bestEntry, start: s, end: e, surface: text.slice(s, e) });
      pos = e;
    } else pos = w.end;
  }
  return out;
}
