// A session the Economic and Social Council names by its year: "Economic and Social Council 2016 session",
// with its dates right after when the masthead gives them ("2017 session 28 July 2016–27 July 2017", the
// Secretary-General's WSIS report A/72/64–E/2017/12). Since 2014 the Council's session runs from July to
// July, so the year in its name is not its start: only the dates written beside it date it. Found, it is
// also where the session named before it stops: the General Assembly's "Seventieth session" in the same
// masthead does not take the Council's dates.

import { makeId } from '../../../cypher/model/ids.ts';
import { type DocContext, mentionsIn } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { findDates } from '../parse/dates.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { isSessionBody } from './session-body.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const YEAR_SESSION = /(?<![\w/-])((?:19|20)\d{2})\s+session\b(?!s)/g;
// Its noun, as a trigger word: a passage without it is not searched (nor read again for the exact word).
const SESSION_WORDS = triggerWords(['session']);
// "21 July 2014–22 July 2015" right after the name; a year run into the next day ("21 July 201422 July
// 2015", a copy that lost the dash) is no date.
const DATES_BESIDE =
  /^[\s*]*(\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}(?!\d)(?:\s*[–-]\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}(?!\d))?)/u;

/** The year-named sessions of a Council or Assembly named right before the year. */
export function yearNamedSessions(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, SESSION_WORDS) || !p.text.includes('session')) continue;
    for (const m of matchesOf(YEAR_SESSION, p.text)) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      // The body's name ends right before the year: "Economic and Social Council 2016 session".
      const body = mentionsIn(ctx, Math.max(p.start, start - 60), start).find(
        (x) => isSessionBody(x) && /^\s{0,2}$/.test(ctx.doc.text.slice(x.end, start)),
      );
      if (!body || !free(start, end)) continue;
      const beside = DATES_BESIDE.exec(ctx.doc.text.slice(end, end + 60));
      // findDates reads a range across two years as two dates: the second is the end.
      const [first, second] = beside ? findDates(beside[1]!) : [];
      const d = first && { start: first.start, end: first.end ?? second?.start };
      out.push({
        id: makeId('Meeting', `${body.id.replace(/^organization:/, '')} session ${m[1]}`),
        name: `${m[1]} session of the ${body.name}`,
        parent: body.id,
        p,
        start,
        end,
        quoteFrom: body.start,
        ...(d ? { date: { start: d.start, ...(d.end ? { end: d.end } : {}) } } : {}),
      });
    }
  }
  return out;
}
