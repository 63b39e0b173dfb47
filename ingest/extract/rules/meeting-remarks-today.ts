// The lead line of a Secretary-General's release, "Following are UN Secretary-General António Guterres'
// remarks at the high-level multi-stakeholder informal meeting to launch the Global Dialogue on Artificial
// Intelligence (AI) Governance, in New York today:" (SG/SM releases, September 2025), names the gathering the
// remarks were given at and says it met the day the release is dated (the Document's date, a whole day).
// Only right after "remarks / statement / message / address at (or to) the", only "today" right after the
// name with at most its place: "today" in another clause dates nothing.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import type { MeetingDate } from './meeting-dates.ts';

const BEFORE = /\b(?:remarks|statement|message|address|speech)\s+(?:at|to)\s+(?:the\s+)?$/i;
const AFTER =
  /^\s*(?:\([^()\n]{1,40}\)\s*)?,?\s+(?:held\s+)?(?:in\s+\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2}\s+)?today\b/u;

/** The release's date for the gathering at `start`–`end` its lead line says met "today". */
export function remarksToday(
  ctx: DocContext,
  p: Passage,
  start: number,
  end: number,
): MeetingDate | undefined {
  const date = ctx.info.date;
  if (date?.length !== 10) return undefined;
  const head = ctx.doc.text.slice(Math.max(p.start, start - 60), start);
  if (!BEFORE.test(head) || !AFTER.test(ctx.doc.text.slice(end, Math.min(p.end, end + 60)))) return undefined;
  return { start: date };
}
