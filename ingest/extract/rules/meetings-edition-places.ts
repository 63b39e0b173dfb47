// The places of an annual process's past editions, listed with their months ("The Forum's past ten meetings
// took place in Athens, Greece, in November 2006; Rio de Janeiro, Brazil, in November 2007; …", the
// Secretary-General's notes on the MAG). Used by meetings.ts.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { type DocContext, lastMentionBefore, sentenceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { findDates } from '../parse/dates.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { editionName, slugOf } from './meetings-lists.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const PAST =
  /\b(?:meetings|editions|sessions)\s+(?:took place|were held|have been held|were hosted)\s+in\s+/g;
// PAST needs one of these words (the test ignores case; trigger-words.ts).
const PAST_WORDS = triggerWords(['took place', 'were held', 'have been held', 'were hosted']);
// "Athens, Greece, in November 2006", "and João Pessoa, Brazil, in November 2015".
const EDITION_PLACE =
  /(?:^|;\s*(?:and\s+)?)(\p{Lu}[\p{L}' .-]+?)(?:,\s+(\p{Lu}[\p{L}' .-]+?))?,?\s+in\s+((?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d{2})(?=\s*[;.]|$)/gu;

/** Past editions of an annual process listed with their places and months. */
export function editionPlaces(ctx: DocContext): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    // The rare words first: most passages hold " in ".
    if (!hasTrigger(p, PAST_WORDS) || !p.text.includes(' in ')) continue;
    for (const m of matchesOf(PAST, p.text)) {
      const at = p.start + m.index;
      // The process: an annual one with a first year, named before the list (or earlier in the document).
      const process = lastMentionBefore(ctx, at, (x) => {
        const e = x.type === 'Process' ? ctx.gazetteer.byId.get(x.id) : undefined;
        return Boolean(e?.annual && e.startYear);
      });
      if (!process) continue;
      const first = ctx.gazetteer.byId.get(process.id)!.startYear!;
      const listAt = m.index + m[0].length;
      const head = sentenceAt(p, at)?.start ?? at;
      // The list runs to the end of its sentence.
      const stop = p.text.indexOf('.', listAt);
      const end = stop < 0 ? p.text.length : stop + 1;
      const items: FoundMeeting[] = [];
      for (const e of matchesOf(EDITION_PLACE, p.text.slice(listAt, end))) {
        const date = findDates(e[3]!)[0];
        const year = Number(e[3]!.slice(-4));
        const n = year - first + 1;
        if (!date || n < 1) continue;
        const start = p.start + listAt + e.index + e[0].indexOf(e[1]!);
        const itemEnd = p.start + listAt + e.index + e[0].length;
        // Head and item in one quote, or no node: "Baku, Azerbaijan, in November 2012;" alone says not whose edition.
        if (itemEnd - head > MAX_QUOTE_LENGTH) break;
        const country = e[2] ? ctx.gazetteer.match(e[2])[0] : undefined;
        const slug = slugOf(process.id);
        items.push({
          id: `meeting:${slug}-${n}`,
          name: editionName(n, process.id, ctx),
          parent: process.id,
          ordinal: n,
          p,
          start,
          end: itemEnd,
          date: { start: date.start },
          unnamed: true,
          quoteFrom: head,
          place: {
            city: e[1]!.trim(),
            ...(country?.entry.kind === 'member-state' ? { country: country.entry.name } : {}),
          },
        });
      }
      // A year given twice in one list is a slip ("Rio de Janeiro, Brazil, in November 2008; Hyderabad, India,
      // in December 2008", the 2013 note renewing the MAG: Rio was 2007): neither item says which edition it is.
      out.push(...items.filter((f) => items.filter((g) => g.id === f.id).length === 1));
    }
  }
  return out;
}
