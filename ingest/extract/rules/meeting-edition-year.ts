// The year an undated numbered meeting is held in, from general knowledge the gazetteer records: an
// annual process's editions and a body's yearly sessions (used by rules/meetings.ts).

import type { DocContext } from '../context.ts';
import type { FoundMeeting } from './found-meeting.ts';

// "the 18th IGF": an annual process's nth edition is held in its first year + n - 1 (gazetteer startYear);
// "Commission on Science and Technology for Development, 16th session" (an undated UNCTAD page's title): a body
// meeting yearly since session k in year y holds its nth session in y + n - k (gazetteer yearlySessions).
export function editionYear(ctx: DocContext, f: FoundMeeting): { start: string } | undefined {
  const parent = f.parent ? ctx.gazetteer.byId.get(f.parent) : undefined;
  if (!parent || !f.ordinal) return undefined;
  // Only the session a web page is about, named in its one title line ("<Body>, 16th session"): a session
  // named in passing and dated nowhere is no node (a Meeting is a dated gathering), nor is a UN masthead's
  // ("<Body>\nTwenty-seventh session"), which dates its session on the lines below when it is held.
  const title = f.p === ctx.passages[0] && f.p.kind === 'heading' && !f.p.text.trim().includes('\n');
  const yearly = title ? parent.yearlySessions : undefined;
  if (yearly && f.ordinal >= yearly.ordinal)
    return { start: String(yearly.year + f.ordinal - yearly.ordinal) };
  if (!parent.annual || !parent.startYear) return undefined;
  return { start: String(parent.startYear + f.ordinal - 1) };
}
