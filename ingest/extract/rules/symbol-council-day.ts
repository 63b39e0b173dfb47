// The Economic and Social Council numbers its resolutions and decisions by year ("resolution 2010/2"), so the
// day after one needs no year of its own: "In its resolution 2010/2 of 19 July, the Economic and Social Council
// invited the Secretary-General …" (UN DESA's page on the 2010 consultations on enhanced cooperation) was
// adopted on 19 July 2010. Only the Council's E/RES|DEC/yyyy/n: an Assembly number gives its session, not the
// year a day falls in ("resolution 64/187 of 21 December" may be 2009 or, in a resumed part, 2010).

import { firstDate } from '../parse/dates.ts';

// "of 19 July" (or "of 19th July") not followed by a year, which ADOPTED_ON reads itself.
const DAY_MONTH = /^\)?\s+of\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\b(?!,?\s*\d)/u;
const COUNCIL_YEAR = /^E\/(?:RES|DEC)\/(\d{4})\/\d/;

/** The adoption day of Council resolution `symbol` read from "of <day> <month>" at the start of `after`. */
export function councilDayOf(symbol: string, after: string): { on: string; length: number } | undefined {
  const year = COUNCIL_YEAR.exec(symbol)?.[1];
  const m = year ? DAY_MONTH.exec(after.slice(0, 30)) : null;
  if (!year || !m) return undefined;
  const on = firstDate(`${m[1]} ${m[2]} ${year}`);
  // A full day only: "of 19 July" is one date, never a range or a month.
  return on && /^\d{4}-\d{2}-\d{2}$/.test(on.start) && !on.end
    ? { on: on.start, length: m[0].length }
    : undefined;
}
