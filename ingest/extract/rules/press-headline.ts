// A press release copied as plain text opens on furniture lines, then its headline in capitals, wrapped:
// "11/11/2004 / Press Release / PI/1620 / UNITED NATIONS ESTABLISHES WORKING GROUP ON INTERNET / GOVERNANCE /
// NEW YORK, 11 November (Working Group on Internet Governance) --" (a mailing list's copy of PI/1620). Only
// the first line of a passage was read (document.ts), so a wrapped prose line further down, "The
// Secretary-General was requested to establish a working group", titled it. The headline is the lines in
// capitals, joined, up to the dateline.

import { CAPS_HEADLINE } from './document-masthead.ts';

const OPENING_LINES = 6;

/** The headline in capitals among a passage's opening lines, its wrapped lines joined; undefined if none. */
export function capsHeadlineIn(text: string): string | undefined {
  const lines = text.split('\n').slice(0, OPENING_LINES);
  const k = lines.findIndex((l) => CAPS_HEADLINE.test(l.trim()));
  if (k < 0) return undefined;
  const out = [lines[k]!.trim()];
  for (const l of lines.slice(k + 1)) {
    const t = l.trim();
    // "NEW YORK, 11 November …" is the dateline, not the headline going on.
    if (!t || /[\p{Ll}\d,]/u.test(t)) break;
    out.push(t);
  }
  return out.join(' ');
}
