// Matching a text against the trie (trie.ts): all non-overlapping longest
// acceptable matches, in one pass over the words, read one at a time.

import { acceptable, adjacent, bracketedAcronym } from './match-conditions.ts';
import { nextWord, type WordSpan, withoutGluedMarker, wordSpan } from './scan-words.ts';
import { tokenCacheGeneration } from './tokens.ts';
import { childOf, mayStartName, type Trie, type TrieNode } from './trie.ts';
import type { GazetteerEntry, GazetteerMatch } from './types.ts';

// Rules look the same short texts up again and again (a name's leading words in part-of, a body
// after "of", a country in a list): three lookups in four repeat one made earlier in the document.
// Texts up to this length are remembered until the next document (clearTokenCache), at most MEMO_MAX.
// A longer one is a passage the gazetteer rule reads once: of the bench's texts of 129 to 256
// characters none was looked up again (21,000 in 4 MB), and each cost a hash of all its characters.
const MEMO_MAX_LENGTH = 128;
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
// A word without the footnote marker glued to it (scan-words.ts withoutGluedMarker).
const trimmed = wordSpan();

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
    // "Human Rights1": the name may end on the word without its marker, and goes no further.
    let last = false;
    if (!next && withoutGluedMarker(text, word, trimmed)) {
      next = childOf(at, text, trimmed);
      word = trimmed;
      last = true;
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
    if (last || !nextWord(text, end, ahead)) break;
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
    // Most words start no name: an ASCII word whose hash no first word has is passed over unread (unless,
    // without a footnote marker glued to it, it may: "Brazil2").
    if (
      w.ascii &&
      !mayStartName(trie, w.hash) &&
      !(withoutGluedMarker(text, w, trimmed) && mayStartName(trie, trimmed.hash))
    ) {
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
