// Token trie over the normalised words of every name and alias: one pass over
// the text finds the longest match at each position (issue 3, item 4: a trie,
// not one giant regular expression).

import { isAcronym, tokenize, tokensOf } from './tokens.ts';
import type { GazetteerEntry, GazetteerMatch } from './types.ts';
import { asciiHash, type Words } from './words.ts';

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
  return { root, rootHashes };
}

/** An acronym form matches only as written; a name needs a capital first letter unless it is a theme. */
function acceptable(hit: Hit, words: Words, from: number): boolean {
  const acronyms = hit.acronyms;
  for (let i = 0; i < acronyms.length; i++) {
    const f = acronyms[i];
    if (f !== undefined && f !== words.raw(from + i).replace(/\s/g, '')) return false;
  }
  if (hit.anyCase) return true;
  const c = words.text.charCodeAt(words.starts[from]!);
  // ASCII first: a capital or a digit; else the Unicode test.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\d]/u.test(words.raw(from));
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

export function matchTrie(trie: Trie, text: string): GazetteerMatch[] {
  const toks = tokensOf(text);
  const { starts, ends, ascii } = toks;
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    // Most words start no name: an ASCII word whose hash no first word has is passed over unread.
    if (ascii[i] && !trie.rootHashes.has(asciiHash(text, starts[i]!, ends[i]!))) {
      i++;
      continue;
    }
    let at: TrieNode | undefined = trie.root;
    // The longest acceptable match so far (two locals, not an object per step).
    let bestLen = 0;
    let bestEntry: GazetteerEntry | undefined;
    for (let j = i; j < toks.length && at; j++) {
      at = at.next.get(toks.norm(j));
      if (!at) break;
      // Words must be adjacent: at most spaces, hyphens or an apostrophe between them.
      if (j > i && !adjacent(text, ends[j - 1]!, starts[j]!)) break;
      let hit: Hit | undefined;
      for (const h of at.hits)
        if (acceptable(h, toks, i)) {
          hit = h;
          break;
        }
      if (hit) {
        bestLen = j - i + 1;
        bestEntry = hit.entry;
      }
    }
    if (bestEntry) {
      const start = starts[i]!;
      const end = ends[i + bestLen - 1]!;
      out.push({ entry: bestEntry, start, end, surface: text.slice(start, end) });
      i += bestLen;
    } else i++;
  }
  return out;
}
