// A UN press release's date of issue: a line holding only a date among the opening lines of a page whose
// masthead shows it is a press release, a press symbol alone on its line ("ECOSOC/6218" over "12 July
// 2006", "PI/1880" over the headline and "6 May 2009") or the words "Press Release" ("10 May 2013" over
// "Press Release", the 2013 note renewing the MAG). Other pages' lone date lines (a meeting summary's
// "13 September 2016" under its title) are a meeting's, not the document's: no masthead, no date here.

import { findDates } from '../parse/dates.ts';

const OPENING_LINES = 8;
const PRESS_SYMBOL = /^[A-Z]{2,6}(?:\/[A-Z]{2,6})?\/\d{3,5}$/;
const PRESS_WORDS = /^Press Release\b/;

function loneDate(line: string): string | undefined {
  const d = findDates(line)[0];
  return d && d.index === 0 && d.length === line.length && !d.end && /^\d{4}-\d{2}-\d{2}$/.test(d.start)
    ? d.start
    : undefined;
}

/** The date of issue of a press release, from its first non-empty lines. */
export function pressReleaseDate(lines: readonly string[]): string | undefined {
  const opening = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, OPENING_LINES);
  if (!opening.some((l) => PRESS_SYMBOL.test(l) || PRESS_WORDS.test(l))) return undefined;
  for (const l of opening) {
    const d = loneDate(l);
    if (d) return d;
  }
  return undefined;
}
