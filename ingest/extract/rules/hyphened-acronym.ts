// A body's acronym joined by a hyphen to a capitalised word is the first part of another body's name:
// "Gilbert F. Houngbo, Director-General, ILO and Chair of UN-Water" (an ECOSOC coordination segment press
// release) chairs UN-Water, not the United Nations; likewise UN-Energy, UN-Oceans. A name the gazetteer
// holds whole ("UN-Habitat") is matched whole before this is asked. "ITU-T", "ITU-D" (one capital, no
// lower-case letter after it) are the body's own sectors and keep the body.

const HYPHENED_WORD = /^[-‐‑]\p{Lu}\p{Ll}/u;

/** Whether the acronym matched at [.., end) goes on, after a hyphen, into a longer capitalised name. */
export function hyphenedAcronym(text: string, end: number, isAcronym: boolean): boolean {
  return isAcronym && HYPHENED_WORD.test(text.slice(end, end + 3));
}

// A name after "-of-", "-au-", "-de-" is the end of a place's name: "Port-of-Spain (Trinidad and Tobago)" (an
// ICANN blog on the LACIGF's past editions) names no Spain. A hyphen alone ("EU-Japan dialogue") keeps it.
const PLACE_JOIN = /[-‐‑]\p{Ll}{1,3}[-‐‑]$/u;
const HYPHENS = '-‐‑';

/** Whether the name matched from `start` ends a hyphened place name ("Port-of-Spain"). */
export function hyphenedPlace(text: string, start: number): boolean {
  // PLACE_JOIN ends on a hyphen: a name after any other character (nearly every name) is tried no further
  // (a copy and an expression per body named).
  // (A name at the text's start has nothing before it: charAt(-1) is '', which `includes` holds.)
  if (start === 0 || !HYPHENS.includes(text.charAt(start - 1))) return false;
  return PLACE_JOIN.test(text.slice(Math.max(0, start - 6), start));
}
