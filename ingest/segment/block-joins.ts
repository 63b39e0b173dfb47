// Whether a line goes on with the block before it across a blank line (segment.ts): a sentence left
// open, or a list of numbers, a day and its month, a month and its year broken over the break.

/** The line before stops mid-sentence (no closing punctuation) and this one goes on (lower case), or a word was hyphenated across. */
export function continuesSentence(before: string, line: string): boolean {
  const end = before.trimEnd();
  if (/[A-Za-z]-$/.test(end)) return /^\s*\p{L}/u.test(line);
  return /[\p{L},]$/u.test(end) && /^\s*\p{Ll}/u.test(line);
}

// A web copy of a Human Rights Council resolution puts a blank line after every line of the PDF (right-docs
// copies of A/HRC/RES/28/16, A/HRC/RES/38/7): a list of resolutions breaks there too, "… resolutions 68/167
// of 18 December 2013 and" | "69/166 of 18 December 2014 on …", "28/16 of 26" | "March 2015 and 34/7 …". The
// sentence goes on when a line left on a joining word or a comma is followed by a number, or a day after
// "of" by its month, its year after the month.
const JOINING_END = /(?:,|\b(?:and|of|or|to|in|by|resolutions?|decisions?))$/;
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_START = new RegExp(`^\\s*${MONTHS}\\s+\\d{4}\\b`);
const MONTH_END = new RegExp(`\\bof\\s+\\d{1,2}\\s+${MONTHS}$`);

export function continuesNumbers(end: string, line: string): boolean {
  if (JOINING_END.test(end) && /^\s*\d{1,4}\/\d{1,3}\b/.test(line)) return true;
  // "… on the Internet, and Council" | "resolutions 12/16 of 2 October 2009 …" (A/HRC/RES/38/7).
  if (/[\p{L},]$/u.test(end) && /^\s*(?:resolutions?|decisions?)\s+\d{1,4}\/\d/.test(line)) return true;
  if (MONTH_END.test(end)) return /^\s*\d{4}\b/.test(line);
  return /\bof\s+\d{1,2}$/.test(end) && MONTH_START.test(line);
}
