// A cheap first test of a word against the trie: a hash of the word's letters,
// computed without making a string, rules out the words that start no name.
// Every passage of every document is matched, most of its words start nothing.

/** A hash of the lower-cased characters of text[start, end) (ASCII letters and digits only). */
export function asciiHash(text: string, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  // 30 bits: a small integer the engine keeps unboxed (a wider one is a heap number per word).
  return h & 0x3fffffff;
}
