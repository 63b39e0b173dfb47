// A press release's issuer opening the page is its letterhead, not its title: "UNUnited Nations Economic
// Commission for Europe" over "Press Release" / "[Index]" / "Two years on from WSIS – where do we stand?"
// (UNECE's press releases of 2007–2008; the logo's "UN" glued to the name). A page about a body may open with
// its name as headline (title-furniture.ts keeps that); a body's name over a release label is the letterhead.

import type { DocContext } from '../context.ts';

const RELEASE_LABEL = /^(?:Press|News|Media)\s+Release$/i;
// A logo's alternative text glued to the name: "UNUnited Nations …".
const GLUED_LOGO = /^\p{Lu}{2,6}(?=\p{Lu}\p{Ll})/u;
const UN_BEFORE = /^United Nations\s+(?=\p{Lu})/u;

/** Whether `line`, the page's first line, is a known body's name alone over a "Press Release" label. */
export function issuerOverRelease(ctx: DocContext, line: string): boolean {
  const text = ctx.doc.text.trimStart();
  if (!text.startsWith(line)) return false;
  const next = text
    .slice(line.length)
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (next === undefined || !RELEASE_LABEL.test(next)) return false;
  // "United Nations" before a commission's name the gazetteer keeps without it is the same body.
  const name = line.replace(GLUED_LOGO, '').replace(UN_BEFORE, '').trim();
  return ctx.gazetteer.matchType(name, 'Organization').some((m) => m.start === 0 && m.end === name.length);
}
