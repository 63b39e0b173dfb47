// A page's list of a body's gatherings, one a line: "- First intersessional consultation, Vienna, 24 and
// 25 March 2022" (UNODC's page of the Ad Hoc Committee on cybercrime), or numbered, the place after a dash:
// "2. First substantive session - New York, 9-13 September 2019" (a page's schedule of the OEWG's meetings). The bullet is no word of the name,
// and an ordinal opening the item titles that gathering: it points back to none ("the first meeting").

/** A hyphen or dash followed by a space is a bullet, not the start of a hyphenated word. */
export const isBulletDash = (text: string, i: number): boolean =>
  /[-–—]/.test(text[i] ?? '') && /[ \t]/.test(text[i + 1] ?? '');

// An ordinal, a lower-case word and the noun: "First intersessional consultation"; "First meeting" alone
// stays the ordinal rule's (meetings.ts), which knows the body whose nth meeting it is.
const ORDINAL_TITLE =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+\p{Ll}[\p{L}-]*\s+\S/u;
// Nothing before it on its line but a bullet.
const LINE_START = /(?:^|\n)[ \t]*(?:[-–—•*·][ \t]+)?$/;

/** Nothing but a bullet comes before `index` on its line of `text`. */
export const opensLine = (text: string, index: number): boolean =>
  LINE_START.test(text.slice(Math.max(0, index - 200), index));

// A number and its stop or bracket, nothing before it on its line: "  2.  ", "3) ".
const NUMBERED_START = /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+$/;

/** Nothing but a bullet or an item's number comes before `index` on its line of `text`. */
export const opensItem = (text: string, index: number): boolean =>
  opensLine(text, index) || NUMBERED_START.test(text.slice(Math.max(0, index - 20), index));

/**
 * Where in `phrase` (found at `index` of `text`) a list item opening its line with its ordinal starts, 0 if
 * none: a name read back across a line break ("2022\nSecond intersessional consultation, Vienna, 13 and 14
 * June 2022", a list without bullets on UNODC's page of the Ad Hoc Committee) holds the last item's year.
 */
export function itemLead(text: string, index: number, phrase: string): number {
  let at = 0;
  for (const b of phrase.matchAll(/\n[ \t]*(?=\p{Lu})/gu)) at = b.index + b[0].length;
  return at > 0 && listItemOrdinal(text, index + at, phrase.slice(at)) ? at : 0;
}

/** `phrase`, found at `index` of `text`, opens a list item with its ordinal. */
export function listItemOrdinal(text: string, index: number, phrase: string): boolean {
  return ORDINAL_TITLE.test(phrase) && opensLine(text, index);
}
