// A cheap first test of a word against the trie: a hash of the word's letters,
// computed without making a string, rules out the words that start no name.
// Every passage of every document is matched, most of its words start nothing.
// nextWord (scan-words.ts) works it out while it reads the word, one step per
// character, so the text is read once.

/** The hash so far, `c` (a lower-case ASCII letter or digit) read next. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

// 30 bits: a small integer the engine keeps unboxed (a wider one is a heap number per word).
export const hashEnd = (h: number): number => h & 0x3fffffff;

/** A hash of the lower-cased characters of text[start, end) (ASCII letters and digits only). */
export function asciiHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = hashStep(h, text.charCodeAt(k) | 32);
  return hashEnd(h);
}
