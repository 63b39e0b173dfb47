// A body's unnumbered meeting said by its verb: "The Governmental Advisory Committee (GAC) of the Internet
// Corporation for Assigned Names and Numbers (ICANN) met in Montreal, Canada, 22-24 June 2003." (the
// opening of a GAC communiqué; the ICANN59 one: "met in Johannesburg, South Africa from 26 to 29 June 2017").
// The body opens the sentence and is its subject; the days follow the place. A body meets many times and
// numbers none of these, so the first day is part of the id. A sentence naming a session, meeting or
// conference after the verb ("met in Geneva from 14 to 18 May 2018 for its twenty-first session") is left to
// the finders of numbered sessions and named gatherings.

import { type DocContext, mentionsIn, sentenceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { MONTHS } from '../parse/dates.ts';
import { isMemberState } from './body-kinds.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { dateAfter } from './meeting-dates.ts';
import { nameOf, slugOf } from './meetings-lists.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const MET = /\bmet\s+in\s+\p{Lu}/gu;
// Before the subject: a paragraph number and an article only.
const OPENS = /^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:[Tt]he\s+)?$/;
// Between the subject and the verb: its acronym, "of" its parent body; no clause of its own.
const OWN_WORDS = /^(?!.*\b(?:which|who|whose|that|has|have|had|is|was|were|are)\b)[^.;,]{0,160}$/;
const monthName = (n: number): string => MONTHS[n - 1]!.replace(/^./, (c) => c.toUpperCase());
const GATHERING_AFTER = /\b(?:sessions?|meetings?|conferences?|summits?|forums?)\b/i;
// A passage without the verb is not searched (nor read again for the exact words).
const MET_WORDS = triggerWords([' met in ']);

/**
 * The meetings bodies are said to have met at, but none `found` already on the same first day: the page's
 * heading "Multistakeholder Advisory Group Meeting" over "Geneva, 27-28 February 2008" is the meeting "The
 * Multistakeholder Advisory Group (MAG) met in Geneva on 27-28 February 2008" (a MAG summary report).
 */
export function bodyMetMeetings(
  ctx: DocContext,
  free: (a: number, b: number) => boolean,
  found: readonly FoundMeeting[],
): FoundMeeting[] {
  const days = new Set(found.map((f) => f.date?.start));
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, MET_WORDS) || !p.text.includes(' met in ')) continue;
    for (const m of matchesOf(MET, p.text)) {
      const at = p.start + m.index;
      const s = sentenceAt(p, at);
      if (!s || GATHERING_AFTER.test(ctx.doc.text.slice(at, s.end))) continue;
      const subject = mentionsIn(ctx, s.start, at).find(
        (x) => x.type === 'Organization' || x.type === 'WorkingGroup',
      );
      if (
        !subject ||
        isMemberState(ctx, subject.id) ||
        !OPENS.test(ctx.doc.text.slice(s.start, subject.start)) ||
        !OWN_WORDS.test(ctx.doc.text.slice(subject.end, at))
      )
        continue;
      const end = at + 'met'.length;
      const date = dateAfter(ctx, p, end, s.end, false);
      if (date?.start.length !== 10 || days.has(date.start) || !free(at, end)) continue;
      const [year, month] = date.start.split('-');
      out.push({
        id: `meeting:${slugOf(subject.id)}-meeting-${date.start}`,
        name: `Meeting of the ${nameOf(subject.id, ctx)} (${monthName(Number(month))} ${year})`,
        parent: subject.id,
        p,
        start: at,
        end,
        date,
        unnamed: true,
        quoteFrom: subject.start,
      });
    }
  }
  return out;
}
