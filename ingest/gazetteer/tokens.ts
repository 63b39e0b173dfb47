// Normalised word tokens with offsets: accents folded, case kept apart so that
// acronyms (ITU, WHO) only match as written while names match in any case.

import { scanWords } from './scan-words.ts';

export interface Token {
  /** Folded, lower-case form. */
  readonly norm: string;
  /** As written. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

// Unicode normalisation is the costly part of tokenising; words repeat, so their forms are kept.
const NORMS = new Map<string, string>();
const MAX_NORMS = 200_000;

/** The folded, lower-case form of a word as written (`ascii`: it holds only [A-Za-z0-9]). */
export function normOf(raw: string, ascii: boolean): string {
  // Plain ASCII words need no Unicode folding (and no cache lookup).
  if (ascii) return raw.toLowerCase();
  let n = NORMS.get(raw);
  if (n === undefined) {
    n = /^[A-Za-z0-9]+$/.test(raw) ? raw.toLowerCase() : fold(raw).replace(/\s/g, '');
    if (NORMS.size < MAX_NORMS) NORMS.set(raw, n);
  }
  return n;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanWords(text, (start, end, ascii) => {
    const raw = text.slice(start, end);
    out.push({ norm: normOf(raw, ascii), raw, start, end });
  });
  return out;
}

// Results kept per text while one document is extracted (trie.ts) start again at each document.
let generation = 0;

/** Called before each document: what was remembered about the last one's texts is let go. */
export function clearTokenCache(): void {
  generation++;
}

/** Changes at each clearTokenCache. */
export function tokenCacheGeneration(): number {
  return generation;
}

export function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[A-Z0-9][A-Z0-9+&]*[A-Z0-9+]$/.test(word) && /[A-Z]/.test(word);
}
