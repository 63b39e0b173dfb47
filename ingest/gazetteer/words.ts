// The words of a text as offsets, their normalised forms made only when asked:
// the trie asks for the form of the few words that can start a name (a hash of
// the word's letters, computed without making a string, rules out the rest).
// Every passage of every document is matched, most of its words start nothing.

import { scanWords } from './scan-words.ts';

export interface Words {
  readonly text: string;
  readonly length: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Whether word i holds only [A-Za-z0-9]. */
  readonly ascii: readonly boolean[];
  /** Word i as written. */
  raw(i: number): string;
  /** Word i folded and lower-cased (tokens.ts `normOf`), made once. */
  norm(i: number): string;
}

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

export function scanToWords(text: string, normOf: (raw: string, ascii: boolean) => string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const ascii: boolean[] = [];
  scanWords(text, (start, end, isAscii) => {
    starts.push(start);
    ends.push(end);
    ascii.push(isAscii);
  });
  const norms: (string | undefined)[] = new Array(starts.length);
  const raw = (i: number): string => text.slice(starts[i]!, ends[i]!);
  return {
    text,
    length: starts.length,
    starts,
    ends,
    ascii,
    raw,
    norm(i) {
      let n = norms[i];
      if (n === undefined) {
        n = normOf(raw(i), ascii[i]!);
        norms[i] = n;
      }
      return n;
    },
  };
}
