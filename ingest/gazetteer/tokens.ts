// Normalised word tokens with offsets: accents folded, case kept apart so that
// acronyms (ITU, WHO) only match as written while names match in any case.

export interface Token {
  /** Folded, lower-case form. */
  readonly norm: string;
  /** As written. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

// Hyphens split words ("Secretary-General" = "Secretary General"); "+" stays
// inside a token so WSIS+10 and WSIS+20 differ.
// Decimal digits only: a footnote marker (CSTD¹) is not part of the word.
// A possessive "'s" is not part of the name ("APEC's Policy Partnership").
const WORD = /[\p{L}\p{Nd}]+(?:['’](?!s\b)[\p{L}]+)?(?:\+\s?\d*)?/gu;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

// Unicode normalisation is the costly part of tokenising; words repeat, so their forms are kept.
const NORMS = new Map<string, string>();
const MAX_NORMS = 200_000;

function normOf(raw: string): string {
  let n = NORMS.get(raw);
  if (n === undefined) {
    n = /^[A-Za-z0-9]+$/.test(raw) ? raw.toLowerCase() : fold(raw).replace(/\s/g, '');
    if (NORMS.size < MAX_NORMS) NORMS.set(raw, n);
  }
  return n;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    out.push({ norm: normOf(raw), raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

export function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[A-Z0-9][A-Z0-9+&]*[A-Z0-9+]$/.test(word) && /[A-Z]/.test(word);
}
