// Token trie over the normalised words of every name and alias: one pass over
// the text finds the longest match at each position (issue 3, item 4: a trie,
// not one giant regular expression). Built here; matched in trie-match.ts.

import type { WordSpan } from './scan-words.ts';
import { isAcronym, normOf, tokenize } from './tokens.ts';
import type { GazetteerEntry, GazetteerMatch } from './types.ts';
import { asciiHash } from './words.ts';

export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /**
   * The children whose word is made of [a-z0-9] only, by `asciiHash`: an ASCII word of the text finds its
   * child by the hash nextWord worked out and a comparison in place (no lower-cased copy of each word).
   */
  readonly ascii: Map<number, AsciiChild>;
  /** Entries ending here, with the surface form that put them here. */
  readonly hits: Hit[];
}

/** A child by hash; `other` holds a child whose word has the same hash (a chain, almost always empty). */
interface AsciiChild {
  readonly word: string;
  readonly node: TrieNode;
  other: AsciiChild | undefined;
}

/** An entry ending at a trie node, with what `acceptable` asks of the words, worked out once. */
export interface Hit {
  readonly entry: GazetteerEntry;
  readonly form: string;
  /** Per word of the form: the acronym it must equal as written, else undefined. */
  readonly acronyms: readonly (string | undefined)[];
  /** A theme, or a name the gazetteer writes in lower case: any case matches. */
  readonly anyCase: boolean;
}

const node = (): TrieNode => ({ next: new Map(), ascii: new Map(), hits: [] });

export interface Trie {
  readonly root: TrieNode;
  /**
   * Bit `h & (32 * length - 1)` set for the hash h of every ASCII first word (root.ascii): most words of a
   * text start no name, and a bit test rules them out where a lookup in root.ascii cost a hash-map probe
   * per word (every passage of 80 bench documents, 7.8 M characters, matched: best of 12 runs 219–241 ms
   * with the lookup, 171–191 ms with the bits, runs alternated).
   */
  readonly firstWords: Int32Array;
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
          if (/^[a-z0-9]+$/.test(t.norm)) {
            const h = asciiHash(t.norm, 0, t.norm.length);
            at.ascii.set(h, { word: t.norm, node: n, other: at.ascii.get(h) });
          }
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
  return { root, firstWords: firstWordBits(root), memo: { generation: -1, byText: new Map() } };
}

/** The bits of `Trie.firstWords`: about 32 bits a first word (few false hits), a power of two in all. */
function firstWordBits(root: TrieNode): Int32Array {
  let words = 2;
  while (words < root.ascii.size) words *= 2;
  const bits = new Int32Array(words);
  for (const h of root.ascii.keys()) {
    const b = h & (words * 32 - 1);
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return bits;
}

/** Whether a name may start with the ASCII word of hash `h`: false when none does (Trie.firstWords). */
export function mayStartName(trie: Trie, h: number): boolean {
  const bits = trie.firstWords;
  const b = h & (bits.length * 32 - 1);
  return (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/** Whether text[start, end) (ASCII letters and digits) lower-cased is `word`. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++)
    if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** The child of `at` for the word `w` spans in `text` (an ASCII word by its hash, any other by its folded form). */
export function childOf(at: TrieNode, text: string, w: WordSpan): TrieNode | undefined {
  if (!w.ascii) return at.next.get(normOf(text.slice(w.start, w.end), false));
  for (let c = at.ascii.get(w.hash); c !== undefined; c = c.other)
    if (sameWord(text, w.start, w.end, c.word)) return c.node;
  return undefined;
}
