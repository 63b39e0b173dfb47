// A governing organ's session named by its ordinal before the organ alone, as UNESCO's pages cite its General
// Conference and Executive Board (the Internet study's foreword, 2015): "an item placed on the agenda of
// UNESCO’s 192nd Executive Board in October 2013" is the Board's 192nd session, "reporting to the 38th General
// Conference in 2015" the Conference's 38th; the same node as "the 38th session of UNESCO’s General
// Conference" (meetings-sessions.ts). Only organs named "General Conference" or "Executive Board" the text
// names as a body (a specialised agency's governing organs, numbered by session); "the 27th CSTD" is
// meetings-sessions.ts's. Dated by the words after it or a held-verb's date before (a Meeting is dated).

import { type DocContext, mentionsStartingIn } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { capitalise, ORDINAL_SOURCE, ordinalWord, parseOrdinal } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { sessionDateBefore } from './meeting-date-before.ts';
import { dateAfter } from './meeting-dates.ts';
import { nameOf, slugOf } from './meetings-lists.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// The ordinal, then the organ's name right after it (group 1 the ordinal).
const ORGAN_ORDINAL = new RegExp(
  `\\b(${ORDINAL_SOURCE})\\s+(?=(?:UNESCO\\s+)?(?:General\\s+Conference|Executive\\s+Board)\\b)`,
  'g',
);
const ORGAN_NAME = /(?:General Conference|Executive Board)$/;
const WORDS = triggerWords(['general conference', 'executive board']);

export function organOrdinalSessions(
  ctx: DocContext,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(ORGAN_ORDINAL, p.text)) {
      const n = parseOrdinal(m[1]!);
      const start = p.start + m.index;
      const at = start + m[0].length;
      const organ = mentionsStartingIn(ctx, at, at + 1)
        .filter((x) => x.type === 'Organization' && x.start === at && ORGAN_NAME.test(x.name))
        .sort((a, b) => b.end - a.end)[0];
      if (!n || !organ || organ.end > p.end || !free(start, organ.end)) continue;
      const end = organ.end;
      const date =
        dateAfter(ctx, p, end, Number.POSITIVE_INFINITY, true) ?? sessionDateBefore(ctx, p, start, end);
      out.push({
        id: `meeting:${slugOf(organ.id)}-${n}`,
        name: `${capitalise(ordinalWord(n))} session of the ${nameOf(organ.id, ctx)}`,
        parent: organ.id,
        ordinal: n,
        p,
        start,
        end,
        ...(date ? { date } : {}),
      });
    }
  }
  return out;
}
