// The numbered meetings a Main Committee's report names (A/66/433, A/70/474/Add.2: "Report of the Second
// Committee" under "Sixty-sixth session"): "The Second Committee considered the item at its 24th, 34th and 40th
// meetings, on 26 October, 10 November and 9 December 2011", "At the 31st meeting, on 12 November, the
// representative of Malta introduced …", "At its 2nd plenary meeting, on 16 September 2011, the General
// Assembly … decided". A committee numbers its meetings anew each session of the Assembly, so they get the id
// a press release or summary record of the same meeting gives (meetings-numbered.ts). Days written without
// their year ("on 12 November") are of the year of the report (of the year before, for a month after its own).
// Without this the meetings went to a working group the report names in passing, or to the session itself.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsStartingIn, sentenceAt } from '../context.ts';
import { MONTHS } from '../parse/dates.ts';
import { parseOrdinal } from '../parse/ordinals.ts';
import { yearOfUndated } from '../parse/undated-year.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { type Masthead, masthead } from './meetings-committee-masthead.ts';
import { numberedMeeting } from './meetings-numbered.ts';

const ASSEMBLY = 'organization:general-assembly';

// "the Committee" / "its" / "At the Nth meeting": the committee's own; "plenary" with the Assembly named after.
const OWN_SUBJECT = /^\W*(?:At|During|In)\s+(?:its|the)\s+$/i;
const ASSEMBLY_AFTER = /^[^.;]{0,40}?,\s+the\s+General\s+Assembly\b/;

/** Meeting `n` at `start`–`end` of a committee report's committee (or, "plenary", of the Assembly). */
export function committeeMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  const head = masthead(ctx);
  if (!head || p.kind === 'heading') return undefined;
  const s = sentenceAt(p, at.start);
  if (!s) return undefined;
  const text = ctx.doc.text;
  const words = text.slice(at.start, at.end);
  const before = text.slice(s.start, at.start);
  const plenary = /plenary/i.test(words);
  let body: string | undefined;
  if (plenary) {
    if (ASSEMBLY_AFTER.test(text.slice(at.end, s.end))) body = ASSEMBLY;
  } else if (OWN_SUBJECT.test(before) || committeeSubject(ctx, head, s.start, at.start))
    body = head.committee;
  if (!body) return undefined;
  const date = dayAfter(ctx, text.slice(at.end, Math.min(s.end, at.end + 40)));
  return {
    ...numberedMeeting(ctx, body, head.session, at.n, body === ASSEMBLY ? undefined : 'General Assembly'),
    parent: body,
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    ...(date ? { date: { start: date } } : {}),
  };
}

/** The committee names itself as the subject before "at its": "The Second Committee considered the item at its". */
function committeeSubject(ctx: DocContext, head: Masthead, from: number, at: number): boolean {
  const named = mentionsStartingIn(ctx, from, at).find((m) => m.id === head.committee);
  return (
    named !== undefined && /^[^,;.]{0,60}\bat\s+its\s+(?:\S+\s+)?$/.test(ctx.doc.text.slice(named.end, at))
  );
}

const DAY_MONTH = new RegExp(`^,?\\s+on\\s+(\\d{1,2})\\s+(${MONTHS.join('|')})\\b(?:,?\\s+(\\d{4}))?`, 'i');

/** "on 12 November" right after the meeting: that day, in the year given or the report's. */
function dayAfter(ctx: DocContext, text: string): string | undefined {
  const m = DAY_MONTH.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  const year = m[3] ? Number(m[3]) : yearOfUndated(ctx.info.date, month, undefined, 'past');
  return year ? `${year}-${pad(month)}-${pad(Number(m[1]))}` : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// "at its 24th, 34th and 40th meetings, on 26 October, 10 November and 9 December 2011"; "at the 31st, 33rd,
// 34th and 36th meetings, on 12 and 25 November and 4 and 14 December 2015".
const NTH = '\\d{1,3}(?:st|nd|rd|th)';
const LIST = new RegExp(
  `\\b(?:at|during)\\s+(its|the)\\s+(${NTH}(?:\\s*,\\s*${NTH})*\\s*,?\\s+and\\s+${NTH})\\s+meetings,?\\s+on\\s+([^.;]{5,120})`,
  'gi',
);
const MONTH_GROUP = new RegExp(
  `((?:\\d{1,2}(?:\\s*,\\s*|\\s+and\\s+))*\\d{1,2})\\s+(${MONTHS.join('|')})\\b(?:,?\\s+(\\d{4}))?`,
  'gi',
);

/** The meetings of such lists, each with its day when as many days as meetings are given. */
export function committeeMeetingLists(
  ctx: DocContext,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const head = masthead(ctx);
  if (!head) return [];
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (p.kind === 'heading' || !p.text.includes('meetings')) continue;
    for (const m of p.text.matchAll(LIST)) {
      const s = sentenceAt(p, p.start + m.index);
      if (!s) continue;
      const listAt = p.start + m.index + m[0].indexOf(m[2]!);
      // "at the …" is the committee's in its own report; "at its …" when the committee is the subject.
      if (m[1]!.toLowerCase() !== 'the' && !committeeSubject(ctx, head, s.start, listAt)) continue;
      const ordinals = [...m[2]!.matchAll(new RegExp(NTH, 'g'))];
      const days = daysOf(ctx, m[3]!);
      if (days.length !== ordinals.length) continue;
      ordinals.forEach((o, k) => {
        const start = listAt + o.index;
        const end = start + o[0].length;
        const n = parseOrdinal(o[0]);
        if (!n || !free(start, end)) return;
        out.push({
          ...numberedMeeting(ctx, head.committee, head.session, n, 'General Assembly'),
          parent: head.committee,
          ordinal: n,
          p,
          start,
          end,
          quoteFrom: s.start,
          unnamed: true,
          date: { start: days[k]! },
        });
      });
    }
  }
  return out;
}

/** "12 and 25 November and 4 and 14 December 2015": each day, the year written last applying to all. */
function daysOf(ctx: DocContext, text: string): string[] {
  const groups = [...text.matchAll(MONTH_GROUP)];
  const written = groups.map((g) => g[3]).findLast((y) => y !== undefined);
  const out: string[] = [];
  for (const g of groups) {
    const month = MONTHS.indexOf(g[2]!.toLowerCase()) + 1;
    const year = g[3]
      ? Number(g[3])
      : written
        ? Number(written)
        : yearOfUndated(ctx.info.date, month, undefined, 'past');
    if (!year) return [];
    for (const d of g[1]!.split(/\s*,\s*|\s+and\s+/)) out.push(`${year}-${pad(month)}-${pad(Number(d))}`);
  }
  return out;
}
