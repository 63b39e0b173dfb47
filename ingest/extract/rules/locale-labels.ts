// A site's language switch names a locale, not a State: "English (United States) العربية (لبنان)" at the top
// of an ESCWA newsletter page (the Technology for Development Division's, 2014) says which English the page is
// in; the United States took no part in the Arab IGF's meetings it reports. A State in brackets right after a
// language's name is that locale's country.

const LANGUAGE_BEFORE =
  /\b(?:English|French|Français|Spanish|Español|Arabic|Chinese|Russian|Portuguese|Português|German|Deutsch)\s*\(\s*$/;

/** Whether the name starting at `start` of `text` is the country of a locale label ("English (United States)"). */
export function localeCountry(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] !== '(') return false;
  return LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
