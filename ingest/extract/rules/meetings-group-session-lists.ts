// Several sessions of a working group in one phrase (rules/meetings.ts, after meetings-group-sessions.ts):
// an open-ended working group's annual progress report opens "The first, second and third substantive
// sessions of the Open-ended Working Group … took place in …", a later one "The ninth, tenth and eleventh
// formal sessions of the … Group" or "The sixth, seventh and eighth formal sessions as well as the
// dedicated intersessional meetings of the … Group". Each ordinal is one session of the group named right
// after "of the" (meetings-group-sessions.ts groupOf); a list naming no group ("discussed during the first
// and second substantive sessions") gives none. "Formal" sessions are the group's numbered substantive
// sessions, called formal as against its informal intersessional meetings: one id for both words. The list's
// words name no one session (no alias) and a date after the list dates none of them (FoundMeeting.listed):
// each session keeps the date another sentence or document gives it, or none (an undated Meeting is dropped).

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { capitalise, ORDINAL_SOURCE, ordinalWord, parseOrdinal } from '../parse/ordinals.ts';
import { anchoredMatches, wordStart } from './anchored-matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { groupOf } from './meetings-group-sessions.ts';
import { nameOf, slugOf } from './meetings-lists.ts';

// Two to six ordinals, the last after "and": "first, second and third", "fourth and fifth".
const LIST = new RegExp(
  `\\b((?:${ORDINAL_SOURCE}\\s*,\\s*){0,4}${ORDINAL_SOURCE},?\\s+and\\s+${ORDINAL_SOURCE})\\s+(?:(substantive|formal)\\s+)?sessions\\b`,
  'iy',
);
const SESSIONS_ANCHOR = /sessions\b/gi;
// "… sessions as well as the dedicated intersessional meetings of the <group>": the group after a
// coordinated kind of meeting, no punctuation between.
const ALSO_MEETINGS = /^\s+as\s+well\s+as\s+(?:the\s+)?[a-z][a-z\s-]{0,60}?\bmeetings(?=\s+of\s)/;
const ORDINAL = new RegExp(ORDINAL_SOURCE, 'gi');

/** The sessions of working groups listed in passage `p` whose words are still free. */
export function groupSessionLists(
  ctx: DocContext,
  p: Passage,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  // Up to eight words before "sessions": "first, second, third, fourth and fifth substantive sessions".
  for (const m of anchoredMatches(LIST, SESSIONS_ANCHOR, p.text, 8, wordStart)) {
    const start = p.start + m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;

    const also = ALSO_MEETINGS.exec(ctx.doc.text.slice(end, end + 100));
    const group = groupOf(ctx, p, start, also ? end + also[0].length : end);
    if (!group) continue;
    const ords = [...m[1]!.matchAll(ORDINAL)].map((o) => parseOrdinal(o[0]));
    if (ords.some((n) => !n)) continue;
    const kind = m[2] ? 'substantive ' : '';
    for (const n of ords as number[])
      out.push({
        id: `meeting:${slugOf(group)}-${kind ? 'substantive-' : ''}session-${n}`,
        name: `${capitalise(`${ordinalWord(n)} ${kind}session`)} of the ${nameOf(group, ctx)}`,
        parent: group,
        p,
        start,
        end,
        unnamed: true,
        listed: true,
      });
  }
  return out;
}
