// A web copy of a conference room paper runs the date of issue onto its symbol's line: "A/AC.292/2025/CRP.1
// 11 July 2025" under "Eleventh substantive session, New York 7-11 July 2025" (the OEWG 2021-2025's draft
// final report as dig.watch gives it). The symbol is then the document's own and the date its date; a
// symbol followed by anything more ("A/80/257 of 11 July 2025", "A/80/257 11 July 2025 Report of …") is not.
// A masthead whose "Distr.: General" has no date after it gives the date on a line of its own below
// ("General Assembly Distr.: General" over "22 July 2015", A/70/174 as a web copy gives it).

import { firstDate } from '../parse/dates.ts';

// Day first, as the UN writes a date of issue: the whole rest of the line.
const DAY_FIRST = /^\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}$/u;

/** The ISO date that is all of `text` (the rest of a symbol's line, or a line of the masthead), if it is one full date. */
export function wholeDayDate(text: string): string | undefined {
  if (!DAY_FIRST.test(text)) return undefined;
  const d = firstDate(text);
  return d && d.index === 0 && d.length === text.length && d.start.length === 10 ? d.start : undefined;
}
