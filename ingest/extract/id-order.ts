// The order of ids in a document's graph: what `localeCompare` gives (the
// default collator), which the exported graphs have always used. A collator
// call per comparison was a tenth of building a graph; ids are slugs
// (cypher/model/ids.ts: [a-z0-9] and "-", ":", "+", "."), and for those the
// collator's order is a plain character-by-character order, read here from the
// collator itself. Any other character is left to the collator.

const COLLATOR = new Intl.Collator();

// Letters, digits and the slug punctuation: each has its own primary weight in the collator, none
// is ignored, none combines with another, so strings of them compare character by character.
const SLUG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-:+.';

/** Rank of each slug character in the collator's order; -1 for any other code unit below 128. */
const RANK = rankTable();

function rankTable(): Int16Array {
  const rank = new Int16Array(128).fill(-1);
  const ordered = [...SLUG_CHARS].sort(COLLATOR.compare);
  // Two characters the collator holds equal could not be ranked apart: then none is ranked.
  for (let i = 1; i < ordered.length; i++)
    if (COLLATOR.compare(ordered[i - 1]!, ordered[i]!) >= 0) return rank;
  ordered.forEach((c, i) => {
    rank[c.charCodeAt(0)] = i;
  });
  return rank;
}

const rankOf = (c: number): number => (c < 128 ? RANK[c]! : -1);

/** Whether text[from…] holds slug characters only. */
function slugFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (rankOf(text.charCodeAt(i)) < 0) return false;
  return true;
}

/** `a.localeCompare(b)`'s sign (default collator), fast for slugs. */
export function compareIds(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // The same characters before: the first different slug characters decide.
    const rx = rankOf(x);
    const ry = rankOf(y);
    return rx < 0 || ry < 0 ? COLLATOR.compare(a, b) : rx - ry;
  }
  // One is the start of the other: the shorter first, unless the rest is something the collator may ignore.
  if (a.length === b.length) return 0;
  const longer = a.length > b.length ? a : b;
  if (!slugFrom(longer, n)) return COLLATOR.compare(a, b);
  return a.length - b.length;
}
