// Token trie over the normalised words of every name and alias: one pass over
// the text finds the longest match at each position (issue 3, item 4: a trie,
// not one giant regular expression).

import { nextWord, type WordSpan } from './scan-words.ts';
import { isAcronym, normOf, tokenCacheGeneration, tokenize } from './tokens.ts';
import type { GazetteerEntry, GazetteerMatch } from './types.ts';
import { asciiHash } from './words.ts';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Entries ending here, with the surface form that put them here. */
  readonly hits: Hit[];
}

/** An entry ending at a trie node, with what `acceptable` asks of the words, worked out once. */
interface Hit {
  readonly entry: GazetteerEntry;
  readonly form: string;
  /** Per word of the form: the acronym it must equal as written, else undefined. */
  readonly acronyms: readonly (string | undefined)[];
  /** A theme, or a name the gazetteer writes in lower case: any case matches. */
  readonly anyCase: boolean;
}

const node = (): TrieNode => ({ next: new Map(), hits: [] });

export interface Trie {
  readonly root: TrieNode;
  /** `asciiHash` of each first word made of [a-z0-9] only: an ASCII word with another hash starts no name. */
  readonly rootHashes: ReadonlySet<number>;
  /** Matches of short texts already matched while extracting the current document (see matchTrie). */
  readonly memo: { generation: number; readonly byText: Map<string, readonly GazetteerMatch[]> };
}

export function buildTrie(entries: readonly GazetteerEntry[]): Trie {
  const root = node();
  for (const entry of entries) {
    const forms = [entry.name, ...entry.aliases, ...(entry.acronym ? [entry.acronym] : [])];
    for (const form of forms) {
      // A leading article is not part of a name ("the Philippines" = "Philippines"), so that a match
      // never starts on "the" and hides a longer name starting one word later.
      const toks = tokenize(form).filter((t, i) => i > 0 || t.norm !== 'the');
      if (toks.length === 0) continue;
      let at = root;
      for (const t of toks) {
        let n = at.next.get(t.norm);
        if (!n) {
          n = node();
          at.next.set(t.norm, n);
        }
        at = n;
      }
      const hit: Hit = {
        entry,
        form,
        acronyms: toks.map((t) => (isAcronym(t.raw) ? t.raw : undefined)),
        // Themes, and names the gazetteer itself writes in lower case ("process towards enhanced cooperation").
        anyCase: entry.type === 'Theme' || /^[a-z]/.test(form),
      };
      const same = at.hits.findIndex((h) => h.entry.id === entry.id);
      if (same < 0) at.hits.push(hit);
      // The name and a lower-case alias fold to the same words ("Process towards enhanced cooperation",
      // "process towards enhanced cooperation"): the alias lets the name match in lower case too.
      else if (hit.anyCase && !at.hits[same]!.anyCase) at.hits[same] = hit;
    }
  }
  const rootHashes = new Set<number>();
  for (const k of root.next.keys()) if (/^[a-z0-9]+$/.test(k)) rootHashes.add(asciiHash(k, 0, k.length));
  return { root, rootHashes, memo: { generation: -1, byText: new Map() } };
}

/**
 * An acronym form matches only as written; a name needs a capital first letter unless it is a theme.
 * Word k of the match is text[starts[k], ends[k]).
 */
function acceptable(hit: Hit, text: string, starts: readonly number[], ends: readonly number[]): boolean {
  const acronyms = hit.acronyms;
  for (let k = 0; k < acronyms.length; k++) {
    const f = acronyms[k];
    if (f !== undefined && f !== text.slice(starts[k]!, ends[k]!).replace(/\s/g, '')) return false;
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
    // space, hyphen, en dash, apostrophes, comma, or any other white space
    if (c !== 32 && c !== 45 && c !== 0x2013 && c !== 39 && c !== 0x2019 && c !== 44 && !/\s/.test(text[k]!))
      return false;
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

/**
 * The longest acceptable match starting at word `w`, in words (0: none); its words are left in
 * walkStarts/walkEnds and, per length, the acceptable entry in walkHits. Words are read ahead only
 * along the trie.
 */
function walkFrom(trie: Trie, text: string, w: WordSpan, ahead: WordSpan): number {
  let at: TrieNode | undefined = trie.root;
  let bestLen = 0;
  let start = w.start;
  let end = w.end;
  let ascii = w.ascii;
  for (let depth = 0; ; depth++) {
    at = at.next.get(normOf(text.slice(start, end), ascii));
    if (!at) break;
    // Words must be adjacent: at most spaces, hyphens or an apostrophe between them.
    if (depth > 0 && !adjacent(text, walkEnds[depth - 1]!, start)) break;
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
    start = ahead.start;
    end = ahead.end;
    ascii = ahead.ascii;
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
  const starts = walkStarts.slice(0, len);
  const ends = walkEnds.slice(0, len);
  const hits = walkHits.slice(0, len);
  let keep = len;
  for (let j = 1; j < len && keep === len; j++) {
    if (!nextWord(text, starts[j]!, inner) || inner.start !== starts[j]) continue;
    if (inner.ascii && !trie.rootHashes.has(asciiHash(text, inner.start, inner.end))) continue;
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
  const w: WordSpan = { start: 0, end: 0, ascii: true };
  const ahead: WordSpan = { start: 0, end: 0, ascii: true };
  const inner: WordSpan = { start: 0, end: 0, ascii: true };
  let pos = 0;
  while (nextWord(text, pos, w)) {
    // Most words start no name: an ASCII word whose hash no first word has is passed over unread.
    if (w.ascii && !trie.rootHashes.has(asciiHash(text, w.start, w.end))) {
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
