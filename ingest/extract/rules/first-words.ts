// Whether a text can start with a gazetteer name of a type: its first word
// must be a first word of one of them. A rule that asks "does a known body's
// name start right here?" at each word before a noun (meetings-named) asked
// the trie once per word; most words start no name and need no look-up.

import { nextWord, wordSpan } from '../../gazetteer/scan-words.ts';
import { buildTrie } from '../../gazetteer/trie.ts';
import type { Gazetteer } from '../../gazetteer/types.ts';

// First words (lower case, as the trie keeps them) per gazetteer and type.
const byGazetteer = new WeakMap<Gazetteer, Map<string, ReadonlySet<string>>>();

function firstWords(g: Gazetteer, type: string): ReadonlySet<string> {
  let m = byGazetteer.get(g);
  if (!m) {
    m = new Map();
    byGazetteer.set(g, m);
  }
  let set = m.get(type);
  if (!set) {
    // The trie `matchType` uses, built the same way: its first level holds the first words.
    set = new Set(buildTrie(g.entries.filter((e) => e.type === type)).root.next.keys());
    m.set(type, set);
  }
  return set;
}

const span = wordSpan();

/**
 * False when no name of `type` can match at the start of `text` (`g.matchType(text, type)` gives no
 * match with start 0): its first word is plain ASCII and no name starts with it. True otherwise.
 */
export function mayStartName(g: Gazetteer, type: string, text: string): boolean {
  if (!nextWord(text, 0, span) || span.start !== 0) return false;
  // A word with other characters is folded (accents, ligatures) before the look-up: asked in full.
  if (!span.ascii) return true;
  return firstWords(g, type).has(text.slice(0, span.end).toLowerCase());
}
