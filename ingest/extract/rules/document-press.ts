// Two habits of the United Nations press releases (press.un.org, un.org/press) that the masthead rules
// (document.ts) do not read:
// - The release's own symbol has a single slash in the series the Department of Public Information numbers
//   on its own: "PI/1936" (MAG renewal, 5 May 2010), "GA/10451" (plenary coverage), "ECOSOC/6218"; the
//   symbol grammar (symbol-grammar.ts) asks for two slashes ("GA/EF/3290", "SG/SM/21983"), since a bare
//   "2006/46" is a resolution number. Only the series letters, alone on the release's first line, count.
// - The headline is given twice: whole, as the web page's title, then wrapped over two lines as the printed
//   release sets it ("MULTISTAKEHOLDER ADVISORY GROUP RENEWED TO PREPARE INTERNET GOVERNANCE" over "FORUM
//   MEETING IN HYDERABAD, INDIA, 3-6 DECEMBER", PI/1846). A title that is the start of a whole headline line
//   among the opening lines is that headline. The web title may drop a name's diacritics the printed one keeps
//   ("Janis Karklinš" over "Jānis Kārkliņš", SGA/1471): letters are compared without their marks.
// The site's navigation line press.un.org copies above the symbol ("In progress at UNHQ" / "SG/SM/22500" / the
// headline, the Secretary-General's remarks to the Council on AI, 19 December 2024) is skipped (site-navigation.ts).

import type { DocContext } from '../context.ts';
import { wholeDayDate } from './document-dated-symbol.ts';
import { siteNavigation } from './site-navigation.ts';

// The Department of Public Information's one-slash series: General Assembly plenary, Security Council, the
// Economic and Social Council, public information notes, the Secretary-General's announcements, and the
// development, environment, human rights, NGO, social, women, organisation and humanitarian series.
const PRESS_SYMBOL = /^\s*((?:GA|SC|ECOSOC|PI|SG|DEV|ENV|HR|NGO|SOC|WOM|ORG|IHA|OBV)\/\d{3,5})\s*$/;

// A release's symbol in any of the Department's series, with or without a second part ("GA/10907",
// "GA/EF/3134", "SG/SM/21983"): the Assembly's, the Council's and the Secretariat's own documents are "A/…",
// "E/…", "S/…", "ST/…", so these letters before the first slash are the press series'.
const PRESS_SERIES = /^(?:GA|SC|ECOSOC|PI|SG|DEV|ENV|HR|NGO|SOC|WOM|ORG|IHA|OBV)\//;

/** `symbol` is a press release's: its headline says what happened ("… Adopts Landmark Resolutions …"), not its kind. */
export function isPressSymbol(symbol: string | undefined): boolean {
  return symbol !== undefined && PRESS_SERIES.test(symbol);
}

// A page listing several releases (press.un.org's "Appointments" and "Biographical Note" pages) sets each one's
// symbol alone over its first paragraph: "SG/A/2235" over one appointment, "SG/A/2233" over the next. The page is
// none of them, so a symbol alone on its line is no page's own when another of the same series stands alone too.
const SERIES_STEM = /^(.*)\/[^/]+$/;
const LONE_RELEASE = /^\s*((?:[A-Z]{1,6}\/)+\d{3,5})\s*$/;

/** Whether press symbol `symbol` heads one entry of a page listing releases of its series (`text`: the whole page). */
export function pressListingEntry(text: string, symbol: string | undefined): boolean {
  if (!isPressSymbol(symbol)) return false;
  const stem = SERIES_STEM.exec(symbol!)?.[1];
  return text
    .split('\n')
    .map((l) => LONE_RELEASE.exec(l)?.[1])
    .some((other) => other !== undefined && other !== symbol && SERIES_STEM.exec(other)?.[1] === stem);
}

// The Department's own line over the release: "Department of Public Information • News and Media Division • New
// York" (the Second Committee's coverage, GA/EF/3392, 2013, its copy without the symbol line), "Meetings
// Coverage and Press Releases" (press.un.org). A release titled "Ten Draft Resolutions Approved as Second
// Committee Concludes Its Session" reports a meeting; it is no resolution, whether or not its symbol survived.
const PRESS_OFFICE =
  /\bDepartment of (?:Public Information|Global Communications)\s*[•·|-]\s*(?:News and )?Media Division\b|\bMeetings Coverage and Press Releases\b/;

/** Whether the document's opening lines carry the press office's own line (`text`: the whole document). */
export function pressOfficeLine(text: string): boolean {
  return PRESS_OFFICE.test(text.slice(0, 800));
}

/** The document's passages from the first one that is not a site's navigation line alone. */
const underNavigation = (ctx: DocContext): DocContext['passages'] => {
  const i = ctx.passages.findIndex((p) => !siteNavigation(p.text));
  return i > 0 ? ctx.passages.slice(i) : ctx.passages;
};

/** The release's symbol when its first line is one: "PI/1936". */
export function pressReleaseSymbol(ctx: DocContext): string | undefined {
  const first = underNavigation(ctx)[0];
  if (!first || first.kind === 'footnote') return undefined;
  return PRESS_SYMBOL.exec(first.text.split('\n')[0] ?? '')?.[1];
}

// How many opening lines hold the whole headline, and how long one can be.
const OPENING = 12;
const MAX_HEADLINE = 250;

/** `s` in lower case, its letters' marks dropped ("Kārkliņš" is "karklins"). */
const folded = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The whole headline `title` is the wrapped start of, among the opening lines; else `title`. */
export function wholeHeadline(ctx: DocContext, title: string | undefined): string | undefined {
  if (!title || /[.:;,!?]$/.test(title)) return title;
  const start = folded(title);
  for (const p of ctx.passages.slice(0, OPENING)) {
    if (p.kind === 'footnote') continue;
    for (const raw of p.text.split('\n')) {
      const line = raw.trim();
      if (line.length <= title.length || line.length > MAX_HEADLINE || /\.$/.test(line)) continue;
      // The title's words, then a space and more words: "… INTERNET GOVERNANCE FORUM MEETING IN …"; a
      // footnote star after it ("Report of the Second Committee *", A/70/474/Add.2) adds no word.
      const whole = folded(line);
      if (whole.startsWith(start) && /^\s+[\p{L}\d]/u.test(whole.slice(start.length))) return line;
    }
  }
  return title;
}

/**
 * The release's headline under its symbol: "GA/EF/3290" alone on the first line, then "Speakers in Second
 * Committee, Discussing Information and Communications Technology for Development, …" (press.un.org's copy). The release's
 * date may stand on the line under its symbol ("ECOSOC/6218" over "12 July 2006", the UN Information
 * Service's copy): the headline is then the block under both, and a second deck below it ("Also Takes Up
 * …") does not title the release.
 */
export function headlineUnderSymbol(
  ctx: DocContext,
  symbol: string | undefined,
  isHeadline: (line: string) => boolean,
): DocContext['passages'][number] | undefined {
  const [first, next] = underNavigation(ctx);
  if (!symbol || !first || !next) return undefined;
  const [own, date, ...more] = first.text.trim().split('\n');
  if (own!.trim() !== symbol || more.length > 0 || (date !== undefined && !wholeDayDate(date.trim())))
    return undefined;
  return (next.kind === 'text' || next.kind === 'heading') && isHeadline(next.text) ? next : undefined;
}
