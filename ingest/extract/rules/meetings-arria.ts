// Arria-formula meetings: the informal meetings members of the Security Council convene with briefers from
// outside, announced with the day in brackets ("Tomorrow afternoon (26 August), there will be an
// Arria-formula meeting via videoconference on: “Cyber-Attacks Against Critical Infrastructure”", "On Monday
// (28 November), Spain and Senegal are organising an open Arria-formula meeting on cybersecurity and
// international peace and security", Security Council Report's notes posted the day before). The name is
// the quoted title or the words after "on"; the day in brackets in the same sentence dates it, in the year
// of the note's own date (the next year for a day before it: the notes announce what is still to come).
// Without a day the gathering is left out (a Meeting is dated, MODEL.md); a past one the note only mentions
// ("as discussed at a 21 November Arria-formula meeting on this issue") has no brackets and is left out too.

import { idFor } from '../claims.ts';
import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { MONTHS } from '../parse/dates.ts';
import { capitalise } from '../parse/ordinals.ts';
import { yearOfUndated } from '../parse/undated-year.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const ARRIA_WORDS = triggerWords(['arria']);
const ARRIA = /\b(?:(?:an|the)\s+)?(?:open\s+)?Arria[- ]formula\s+meeting\b/gi;
// Its subject: a quoted title after "on:" or "titled", else plain words after "on" up to the clause's end.
const SUBJECT =
  /^(?:\s+via\s+videoconference)?\s*(?:,\s*)?(?:on:?\s*|titled\s+|entitled\s+)(?:[“"]([^”"\n]{4,150})[”"]|([a-z][^,.;:()\n]{3,120}))/;
// The day in brackets: "(26 August)", "(Monday, 28 November)".
const DAY = new RegExp(`\\((?:[A-Z][a-z]+day,?\\s+)?(\\d{1,2})\\s+(${MONTHS.join('|')})\\)`, 'i');

/** The Arria-formula meetings a note announces with their day. */
export function arriaMeetings(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, ARRIA_WORDS)) continue;
    for (const m of matchesOf(ARRIA, p.text)) {
      const after = p.text.slice(m.index + m[0].length);
      const s = SUBJECT.exec(after);
      if (!s) continue;
      // The sentence up to the mention: from the last full stop before it.
      const before = p.text.slice(0, m.index);
      const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
      const d = DAY.exec(sentence);
      if (!d) continue;
      const month = MONTHS.findIndex((x) => x.toLowerCase() === d[2]!.toLowerCase()) + 1;
      const year = yearOfUndated(ctx.info.date, month, Number(d[1]), 'future');
      if (year === undefined) continue;
      const start =
        p.start + m.index + m[0].length - m[0].replace(/^(?:(?:an|the)\s+)?(?:open\s+)?/i, '').length;
      const end = p.start + m.index + m[0].length + s[0].length;
      if (!free(start, end)) continue;
      const subject = (s[1] ?? s[2]!).trim();
      const name = `Arria-formula meeting on ${s[1] ? subject : subject.replace(/\s+(?:and|or)$/, '')}`;
      const date = `${year}-${String(month).padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
      out.push({
        id: idFor('Meeting', `${capitalise(name)} ${date}`),
        name: capitalise(name),
        p,
        start,
        end,
        date: { start: date },
      });
    }
  }
  return out;
}
