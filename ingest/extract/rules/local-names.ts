// A document's own names (organisations the gazetteer does not know) matched
// like gazetteer names, with a first test per passage: a name's match starts
// on its first word, so a passage holding none of the first words is not
// tokenised at all (matching every passage of a long report word by word was
// most of the org-names rule).

import { buildTrie } from '../../gazetteer/trie.ts';
import { matchTrie } from '../../gazetteer/trie-match.ts';
import type { GazetteerEntry, GazetteerMatch } from '../../gazetteer/types.ts';

export interface LocalNames {
  /** The matches in `text`, as `makeGazetteer(entries).match(text)` gives them. */
  readonly match: (text: string) => GazetteerMatch[];
}

// Anything but printable ASCII and line breaks (another control character only makes a text matched).
const NON_ASCII = /[^\t\n\r -~]/;

export function localNames(entries: readonly GazetteerEntry[]): LocalNames {
  const trie = buildTrie(entries);
  const firsts = [...trie.root.next.keys()];
  // A word of an ASCII text has as its form the word in lower case (a "+", an apostrophe or a space
  // may be inside it, none is inside these first words): such a word is in the lower-cased text.
  // A text with other characters folds accents and ligatures: it is always matched.
  const plain = firsts.length > 0 && firsts.every((f) => /^[a-z0-9]+$/.test(f));
  const first = plain ? new RegExp(firsts.join('|'), 'i') : undefined;
  return {
    match: (text) => (first && !first.test(text) && !NON_ASCII.test(text) ? [] : matchTrie(trie, text)),
  };
}
