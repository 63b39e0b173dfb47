// A web copy of a brief or statement gives its month of issue on a line of its own under the title:
// "A Global Digital Compact – … (Our Common Agenda Policy Brief 5)" over "May 2023" (dig.watch's copy of
// the Secretary-General's policy brief), "IGF 2021 Messages" over "December 2021", "ECOSOC Resolution
// 2006/46" over "July 2006". The month is then the document's date (MODEL.md: "YYYY-MM" when that is all
// the text says). Only right under the first line, the title: lower down a lone month heads a section or
// a timeline, and under a press release's symbol and headline it is no date of issue (press releases are
// dated to the day). Tried after every fuller date of the masthead (document.ts).

import { MONTHS } from '../parse/dates.ts';

const MONTH_YEAR =
  /^(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})$/;

/** "YYYY-MM" from the second non-empty line of `text` when it is only a month and a year. */
export function monthLineDate(text: string): string | undefined {
  const second = text
    .split('\n', 40)
    .map((l) => l.trim())
    .filter(Boolean)[1];
  const m = second === undefined ? null : MONTH_YEAR.exec(second);
  return m ? `${m[2]}-${String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0')}` : undefined;
}
