// A named gathering's acronym in brackets names it again later in the text: "The Regional Preparatory
// Meeting (RPM) for Africa was held from 6 to 8 December in Kigali … Patrick Nyirishema, … Chairman of the
// RPM, presented the final draft report" (ITU news, 2016). Only an acronym of the name's own initials that
// names nothing the gazetteer knows, and only where no other rule read the words.

import { initials } from '../../resolve/names.ts';
import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import type { FoundMeeting } from './found-meeting.ts';

const BRACKETED = /^\s*\(([A-Z]{2,8})\)/;

/** The later mentions of each found gathering by the acronym its name gives itself in brackets. */
export function acronymMeetings(
  ctx: DocContext,
  found: readonly FoundMeeting[],
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  const done = new Set<string>();
  for (const f of found) {
    const m = BRACKETED.exec(ctx.doc.text.slice(f.end, f.end + 14));
    const acronym = m?.[1];
    if (!acronym || done.has(acronym) || initials(f.name) !== acronym) continue;
    // An acronym the gazetteer knows names its entry, not this gathering: "the World Summit on the
    // Information Society (WSIS) that took place in 2005 … the WSIS outcomes" (an IGF page) is the process.
    if (ctx.gazetteer.match(acronym).some((g) => g.start === 0 && g.end === acronym.length)) continue;
    done.add(acronym);
    const after = f.end + m[0].length;
    const re = new RegExp(`(?<![\\w-])${acronym}(?![\\w-])`, 'g');
    for (const p of ctx.passages) {
      if (p.end <= after) continue;
      for (const x of matchesOf(re, p.text)) {
        const start = p.start + x.index;
        if (start < after || !free(start, start + acronym.length)) continue;
        out.push({ ...f, p, start, end: start + acronym.length });
      }
    }
  }
  return out;
}
