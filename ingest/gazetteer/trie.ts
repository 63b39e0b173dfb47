// Token trie over the normalised words of every name and alias: one pass over
// the text finds the longest match at each position (issue 3, item 4: a trie,
// not one giant regular expression).

import { isAcronym, type Token, tokenize, tokensOf } from './tokens.ts';
import type { GazetteerEntry, GazetteerMatch } from './types.ts';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Entries ending here, with the surface form that put them here. */
  readonly hits: { entry: GazetteerEntry; form: string; raws: readonly string[] }[];
}

const node = (): TrieNode => ({ next: new Map(), hits: [] });

export interface Trie {
  readonly root: TrieNode;
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
      if (!at.hits.some((h) => h.entry.id === entry.id))
        at.hits.push({ entry, form, raws: toks.map((t) => t.raw) });
    }
  }
  return { root };
}

/** An acronym form matches only as written; a name needs a capital first letter unless it is a theme. */
function acceptable(
  form: string,
  raws: readonly string[],
  words: readonly Token[],
  from: number,
  entry: GazetteerEntry,
): boolean {
  for (let i = 0; i < raws.length; i++) {
    const f = raws[i]!;
    const w = words[from + i]!;
    if (isAcronym(f) && f !== w.raw.replace(/\s/g, '')) return false;
  }
  // Themes, and names the gazetteer itself writes in lower case ("process towards enhanced cooperation").
  if (entry.type === 'Theme' || /^[a-z]/.test(form)) return true;
  const first = words[from]!.raw;
  return /^[\p{Lu}\d]/u.test(first);
}

/** At most spaces, hyphens, dashes, apostrophes or commas between two words. */
function adjacent(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text[k]!;
    if (ch !== ' ' && ch !== '-' && ch !== '–' && ch !== "'" && ch !== '’' && ch !== ',' && !/\s/.test(ch))
      return false;
  }
  return true;
}

export function matchTrie(trie: Trie, text: string): GazetteerMatch[] {
  const toks = tokensOf(text);
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    let at: TrieNode | undefined = trie.root;
    let best: { len: number; entry: GazetteerEntry } | undefined;
    for (let j = i; j < toks.length && at; j++) {
      at = at.next.get(toks[j]!.norm);
      if (!at) break;
      // Words must be adjacent: at most spaces, hyphens or an apostrophe between them.
      if (j > i && !adjacent(text, toks[j - 1]!.end, toks[j]!.start)) break;
      const hit = at.hits.find((h) => acceptable(h.form, h.raws, toks, i, h.entry));
      if (hit) best = { len: j - i + 1, entry: hit.entry };
    }
    if (best) {
      const start = toks[i]!.start;
      const end = toks[i + best.len - 1]!.end;
      out.push({ entry: best.entry, start, end, surface: text.slice(start, end) });
      i += best.len;
    } else i++;
  }
  return out;
}
