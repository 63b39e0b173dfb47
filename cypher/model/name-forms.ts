// Names as the sources spell them differ by what the copy did, not by what they name: a PDF sets a space after the
// "+" of "WSIS+20" ("World Summit on the Information Society+ 20 Forum High-level Event", A/RES/80/118) or before
// it ("WSIS +20"); a transcript or web page writes "Multi‑stakeholder" with a non-breaking hyphen (U+2011), a
// non-breaking space, curly quotes; a wrapped line leaves a line break inside a name. A display name is cleaned of
// these (cleanName), and two aliases that are the same once dashes, spaces and quotes are folded are one alias, the
// ASCII form kept (aliasKey, preferredForm): the entity page listed "Multi-stakeholder Advisory Group" twice. Used by build-graph (one document) and mergeNode
// (across documents), so the export is the same whatever order the documents come in.

// Hyphens that are only a hyphen (U+2010 hyphen, U+2011 non-breaking hyphen) and spaces that are only a space.
const ODD_HYPHEN = /[\u2010\u2011]/g;
const ODD_SPACE = /[\u00a0\u2007\u202f]/g;
// "Society+ 20", "Beijing+ 25", "WSIS +20": a space beside the "+" of a review's count of years.
const PLUS_SPACE = /(\p{L})(?: \+ ?| ?\+ )(\d{1,2})(?!\d)/gu;
// A line break or a run of spaces inside a name ("Center for Science Information\nAnalysis", a wrapped line).
const LOOSE_SPACE = /\s\s|[^\S ]/;
// Only a name holding one of these needs cleaning or folding (most are ASCII without a "+" or a double space).
const NEEDS = /[^\x20-\x7e]|\+|\s\s/;

/** A display name without the copy's layout: "WSIS+ 10" is "WSIS+10", "Multi‑stakeholder" (U+2011) has "-". */
export function cleanName(name: string): string {
  if (!NEEDS.test(name)) return name;
  const spaced = LOOSE_SPACE.test(name) ? name.replace(/\s+/g, ' ').trim() : name;
  return spaced.replace(ODD_HYPHEN, '-').replace(ODD_SPACE, ' ').replace(PLUS_SPACE, '$1+$2');
}

// Every dash and minus, every quote mark, folded for comparison only.
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SINGLE_QUOTE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTE = /[\u201c\u201d\u201e\u201f\u2033]/g;

/** The form two spellings of one alias share: lower case, dashes, spaces, quotes and "+ 20" folded. */
export function aliasKey(form: string): string {
  const lower = form.toLowerCase();
  if (!NEEDS.test(lower)) return lower;
  return cleanName(lower)
    .replace(DASH, '-')
    .replace(SINGLE_QUOTE, "'")
    .replace(DOUBLE_QUOTE, '"')
    .replace(/\s+/g, ' ');
}

const nonAscii = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) n++;
  return n;
};

// A form without a lower-case letter: a headline's or a masthead's capitals ("WORKING GROUP ON INTERNET GOVERNANCE").
const NO_LOWER = /^[^\p{Ll}]*$/u;

/**
 * Which of two forms with the same `aliasKey` to keep, `a` the one seen first: the one with fewer characters
 * outside ASCII ("-" over "‑"), so the ASCII form wins whichever document came first; else the one written in
 * running text over one in capitals (a press release's headline "UNITED NATIONS ESTABLISHES WORKING GROUP ON
 * INTERNET GOVERNANCE" listed the group's name in capitals as its alias); else `a`.
 */
export function preferredForm(a: string, b: string): string {
  const na = nonAscii(a);
  const nb = nonAscii(b);
  if (nb !== na) return nb < na ? b : a;
  return NO_LOWER.test(a) && !NO_LOWER.test(b) ? b : a;
}

// Letters with their diacritics, folded for comparison only: "António" and "Antonio" are one spelling, the
// second without its accents (a press wire, an ASCII keyboard, a web page's copy).
const MARKS = /\p{M}/gu;
const withoutMarks = (s: string): string => s.normalize('NFD').replace(MARKS, '');
const marks = (s: string): number => s.normalize('NFD').length - withoutMarks(s).length;

/**
 * Which display name a node keeps when two documents name it, `a` the one seen first: the one written with
 * more of its diacritics when they are otherwise the same ("António Guterres" over "Antonio Guterres", "Jānis
 * Kārkliņš" over "Janis Karklins"): the name as its bearer writes it, whichever document came first; else `a`.
 */
export function preferredName(a: string, b: string): string {
  if (a === b || !NEEDS.test(a + b)) return a;
  return marks(b) > marks(a) && withoutMarks(a) === withoutMarks(b) ? b : a;
}
