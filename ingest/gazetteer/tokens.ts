// Normalised word tokens with offsets: accents folded, case kept apart so that
// acronyms (ITU, WHO) only match as written while names match in any case.

import { scanWords } from './scan-words.ts';
import { scanToWords, type Words } from './words.ts';

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

function normOf(raw: string, ascii: boolean): string {
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

// The same passage is matched against the gazetteer and against a document's own names: its
// tokens are kept while the document is extracted (bounded by characters, cleared when full
// and before each document, see clearTokenCache).
const TOKEN_CACHE = new Map<string, Words>();
const MAX_CACHED_CHARS = 4_000_000;
// Passages are mostly short (a numbered paragraph, a footnote) and several rules match each one.
const MIN_CACHED_LENGTH = 64;
let cachedChars = 0;

export function clearTokenCache(): void {
  TOKEN_CACHE.clear();
  cachedChars = 0;
}

/** The words of `text` (the spans and forms `tokenize` gives, forms made when asked), remembered for long texts. */
export function tokensOf(text: string): Words {
  if (text.length < MIN_CACHED_LENGTH) return scanToWords(text, normOf);
  let toks = TOKEN_CACHE.get(text);
  if (!toks) {
    toks = scanToWords(text, normOf);
    if (cachedChars + text.length > MAX_CACHED_CHARS) {
      TOKEN_CACHE.clear();
      cachedChars = 0;
    }
    TOKEN_CACHE.set(text, toks);
    cachedChars += text.length;
  }
  return toks;
}

export function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[A-Z0-9][A-Z0-9+&]*[A-Z0-9+]$/.test(word) && /[A-Z]/.test(word);
}
