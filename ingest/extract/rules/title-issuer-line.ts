// A press release's issuer opening the page is its letterhead, not its title: "UNUnited Nations Economic
// Commission for Europe" over "Press Release" / "[Index]" / "Two years on from WSIS – where do we stand?"
// (UNECE's press releases of 2007–2008; the logo's "UN" glued to the name). A page about a body may open with
// its name as headline (title-furniture.ts keeps that); a body's name over a release label is the letterhead.
// So is a page's first line over the site's menu bar ("Division for Public Administration and Development
// Management (DPADM)" over "Register | Login", UNPAN's page of the 2010 open consultations on enhanced
// cooperation): the site's name, then its links, then the page's own headline.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { menuBar } from './site-navigation.ts';

const RELEASE_LABEL = /^(?:Press|News|Media)\s+Release$/i;
// A logo's alternative text glued to the name: "UNUnited Nations …".
const GLUED_LOGO = /^\p{Lu}{2,6}(?=\p{Lu}\p{Ll})/u;
const UN_BEFORE = /^United Nations\s+(?=\p{Lu})/u;

/** Whether `line`, the page's first line, is a known body's name alone over a "Press Release" label, or any line over a menu bar. */
export function issuerOverRelease(ctx: DocContext, line: string): boolean {
  const text = ctx.doc.text.trimStart();
  if (!text.startsWith(line)) return false;
  const next = text
    .slice(line.length)
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (next !== undefined && menuBar(next)) return true;
  if (next === undefined || !RELEASE_LABEL.test(next)) return false;
  // "United Nations" before a commission's name the gazetteer keeps without it is the same body.
  const name = line.replace(GLUED_LOGO, '').replace(UN_BEFORE, '').trim();
  return ctx.gazetteer.matchType(name, 'Organization').some((m) => m.start === 0 && m.end === name.length);
}

/**
 * The passage of one line under a page's opening block that ends with the site's menu bar (the site's name,
 * then "Register | Login"): the page's headline ("Open consultations on enhanced cooperation on international
 * public policy issues pertaining to the Internet", UNPAN), not a section heading further down.
 */
export function headlineUnderMenu(ctx: DocContext, headline: (line: string) => boolean): Passage | undefined {
  const [banner, next] = ctx.passages;
  if (!banner || !next || next.kind === 'footnote' || next.text.trim().includes('\n')) return undefined;
  const lines = banner.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length < 2 || !menuBar(lines[lines.length - 1]!)) return undefined;
  return headline(next.text.trim()) ? next : undefined;
}
