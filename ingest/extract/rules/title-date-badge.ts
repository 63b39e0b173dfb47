// A blog's date badge over a post: the weekday on one line, then the month, day and year run together
// ("Friday" / "Sep132024", as a Squarespace blog sets it over each post; NGO newsletters on the Summit of the
// Future and its co-facilitators' letters are published so). The badge dates the post (rules/document-issue-
// date.ts), and the passage right under it is the post's headline (rules/document.ts), as under a "Posted …"
// line (title-category-label.ts). Only a real weekday over a real day of a month: "Sep132024" alone, or under
// another word, is no badge.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RUN = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\d{2})((?:19|20)\d{2})$/;

/** The ISO day of a badge passage ("Friday\nSep132024": 2024-09-13), else undefined. */
export function badgeDate(text: string): string | undefined {
  const lines = text.trim().split('\n');
  if (lines.length !== 2 || !WEEKDAY.test(lines[0]!.trim())) return undefined;
  const m = RUN.exec(lines[1]!.trim());
  if (!m) return undefined;
  const day = Number(m[2]);
  const month = MONTHS.indexOf(m[1]!) + 1;
  const year = Number(m[3]);
  // A day the month has (no "Feb302024"); the weekday itself is not checked against the date.
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2]}`;
}

/** The passage right under a badge that opens the text, when `headline` accepts its one line. */
export function headlineUnderBadge(
  ctx: DocContext,
  headline: (line: string) => boolean,
): Passage | undefined {
  const [badge, next] = ctx.passages;
  if (!badge || !next || next.kind === 'footnote' || !badgeDate(badge.text)) return undefined;
  return headline(next.text) ? next : undefined;
}
