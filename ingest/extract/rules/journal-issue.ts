// The Journal of the United Nations is numbered by year and dated by the day it lists: "No. 2019/188 /
// Saturday, 28 September 2019 / Journal of the United Nations / Programme of meetings and agenda", or the same
// run onto one line ("No. 2009/37 Journal of the United Nations Programme of meetings and agenda Tuesday, 24
// February 2009"). Its masthead's day is its date of issue (document-issue-date.ts); the days of the meetings
// it announces come later and are theirs, and its title is the Journal's name, not the first body it lists ("Security
// Council Working Group on …", document.ts). Only a masthead naming the Journal, with the day's year the number's.

import { firstDate, WEEKDAY } from '../parse/dates.ts';

const ISSUE = new RegExp(
  `\\bNo\\.\\s+(\\d{4})\\/\\d{1,3}\\b[^\\n]{0,5}(?:\\s+(?:Journal\\s+of\\s+the\\s+United\\s+Nations|Programme\\s+of\\s+meetings\\s+and\\s+agenda)){0,2}\\s+${WEEKDAY},?\\s+(\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4})`,
  'u',
);

/** "Journal of the United Nations" when `text` opens with the Journal's masthead (its number and day), else undefined. */
export function journalTitle(text: string): string | undefined {
  return journalIssueDate(text) ? 'Journal of the United Nations' : undefined;
}

/** The Journal's date of issue from its masthead in the opening of `text`, else undefined. */
export function journalIssueDate(text: string): string | undefined {
  const head = text.slice(0, 400);
  if (!/Journal\s+of\s+the\s+United\s+Nations/.test(head)) return undefined;
  const m = ISSUE.exec(head);
  if (!m) return undefined;
  const d = firstDate(m[2]!);
  return d && d.start.length === 10 && d.start.startsWith(m[1]!) ? d.start : undefined;
}
