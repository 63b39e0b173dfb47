// An annual process's edition named by its place with its days in brackets: "the multistakeholder discussions
// during the IGF in Lillestroem (June 23 – 27, 2025)" (a blog's account of the WSIS+20 review), "the IGF in
// Kyoto (8–12 October 2023)". The process must be one the gazetteer knows as annual with a first year, named
// right before "in"; the brackets hold the days and the year, which number the edition (the 2025 IGF is the
// 20th). A bracket without a year ("the IGF in Kyoto (Japan)") or a national or regional initiative ("the
// Kenya IGF in Nairobi (…)") gives nothing. Used by meetings.ts.

import { type DocContext, mentionsIn } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { findDates } from '../parse/dates.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { localInitiative } from './local-initiatives.ts';
import { editionName, slugOf } from './meetings-lists.ts';

const NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}";
// " in Lillestroem (June 23 – 27, 2025)", " in Riyadh, Saudi Arabia (15–19 December 2024)".
const IN_PLACE_DAYS = new RegExp(`\\s+in\\s+(${NAME})(?:,\\s+(${NAME}))?\\s*\\(([^()]{6,40})\\)`, 'gu');

export function bracketEditions(ctx: DocContext): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    // Cheap tests first: brackets, " in ", and an annual process named in the passage.
    if (!p.text.includes('(') || !p.text.includes(' in ')) continue;
    if (!mentionsIn(ctx, p.start, p.end, 'Process').some((x) => ctx.gazetteer.byId.get(x.id)?.annual))
      continue;
    for (const m of matchesOf(IN_PLACE_DAYS, p.text)) {
      const at = p.start + m.index;
      const process = mentionsIn(ctx, Math.max(p.start, at - 60), at, 'Process').find((x) => x.end === at);
      const e = process ? ctx.gazetteer.byId.get(process.id) : undefined;
      if (!process || !e?.annual || !e.startYear || localInitiative(ctx, process)) continue;
      // The brackets hold one date with its year, and nothing else.
      const dates = findDates(m[3]!);
      const date = dates[0];
      if (dates.length !== 1 || !date || date.length < m[3]!.trim().length - 1) continue;
      const n = Number(date.start.slice(0, 4)) - e.startYear + 1;
      if (n < 1) continue;
      const country = m[2] ? ctx.gazetteer.match(m[2])[0] : undefined;
      out.push({
        id: `meeting:${slugOf(e.id)}-${n}`,
        name: editionName(n, e.id, ctx),
        parent: e.id,
        ordinal: n,
        p,
        start: process.start,
        end: at + m[0].length,
        date: { start: date.start, ...(date.end ? { end: date.end } : {}) },
        unnamed: true,
        place: {
          city: m[1]!,
          ...(country?.entry.kind === 'member-state' ? { country: country.entry.name } : {}),
        },
      });
    }
  }
  return out;
}
