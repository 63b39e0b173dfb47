// The adoption date written as a clause after a resolution number instead of "of <date>": "Recalling
// resolution 79/277, adopted by the General Assembly on 27 March 2025, in which it established modalities
// for the 20-year review" (the WSIS+20 zero draft and its final text A/80/L.41), "resolution 98/5, adopted on
// 2 May 2098". The clause right after the number (a comma, "adopted", an optional "by the <Body>", "on
// <date>") dates that resolution (MODEL.md Resolution adoptedOn). Not a clause further on ("resolution 98/5
// and the report, adopted on …"), and not "adopted … in <year>" without a day. A relative clause (", which was adopted …") may be about the
// sentence's subject rather than the number (tests/ingest/extract/resolution-adopted-clause.test.ts): not read.

import { firstDate } from '../parse/dates.ts';

// The body is a short run of capitalised words ("the General Assembly", "the Human Rights Council").
const ADOPTED_CLAUSE =
  /^\)?,\s+adopted\s+(?:(?:by\s+consensus|without\s+a\s+vote)\s+)?(?:by\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,5}\s+)?on\s+(\d{1,2}\s+\p{Lu}\p{Ll}+,?\s+\d{4})/u;

/** The ISO date of an adoption clause that starts right after a resolution number, or none. */
export function adoptedAfter(rest: string): string | undefined {
  const m = ADOPTED_CLAUSE.exec(rest.slice(0, 120));
  return m ? firstDate(m[1]!)?.start : undefined;
}
