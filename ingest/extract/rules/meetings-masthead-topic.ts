// A gathering a UN masthead names over several lines, its name ending "on" and its topics on the lines under
// it, then its venue and dates: "Intersessional panel meeting on" / "Technologies to address challenges such
// as agriculture and" / "water;" / … / "Palais des Nations" / "Geneva, Switzerland, 15–17 December 2010" (the
// CSTD's summary report of its 2010 panel, E/CN.16/2011/CRP.1). meetings-named.ts reads a topic on one line
// only and its date in the same passage; here the masthead's lines are split over passages, and the topics
// ("…; and" a list of three) make no clean name, so the name is the first line's words. The date line must say
// more than a day alone (a place before it, or a range): a day alone under a masthead is its date of issue.

import { idFor } from '../claims.ts';
import type { DocContext } from '../context.ts';
import { findDates } from '../parse/dates.ts';
import { capitalise } from '../parse/ordinals.ts';
import { memberStateNamed } from './body-kinds.ts';
import type { FoundMeeting } from './found-meeting.ts';

// The masthead is the document's first lines.
const MASTHEAD_LINES = 30;
const MASTHEAD_CHARS = 3000;
// Topic and venue lines between the name and its date line.
const MAX_BETWEEN = 8;
// The name's line: up to three modifiers, the gathering noun and "on" closing the line.
const NAME_LINE =
  /^(\p{Lu}[\p{L}-]*(?:[^\S\n]+[\p{L}-]+){0,3}?[^\S\n]+(?:meeting|consultations?|workshop|seminar|symposium|dialogue|retreat|panel))[^\S\n]+on[^\S\n]*$/imu;
// A title's words before the noun make no gathering's name ("Report of the expert meeting on").
const NOT_MODIFIER =
  /\b(?:report|summary|minutes|agenda|note|of|the|an?|for|to|in|at|by|and|or|with|from|its|this|that)\b/i;
// The place before the dates: "Geneva, Switzerland," — capitalised words between commas, no figures.
const PLACE = /^\p{Lu}[\p{L}’' .-]{0,30}(?:,\s*\p{Lu}[\p{L}’' .-]{0,30}){0,2}$/u;
// A line that is a sentence or a field ends the masthead's look: "Distr.: General", "This paper …".
const NOT_TOPIC = /[.:]\s*$|^.{91,}$|\bprepared\b/;

interface DateLine {
  readonly date: FoundMeeting['date'] & {};
  readonly place?: { city: string; country: string };
}

/** The masthead's gatherings named over several lines and dated on a line under their topics. */
export function mastheadTopicMeetings(
  ctx: DocContext,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const head = ctx.doc.text.slice(0, MASTHEAD_CHARS).split('\n', MASTHEAD_LINES);
  const at = head.findIndex((l) => NAME_LINE.test(l));
  if (at < 0) return [];
  const m = NAME_LINE.exec(head[at]!)!;
  const words = m[1]!.trim();
  if (NOT_MODIFIER.test(words)) return [];
  const found = dateLineAfter(ctx, head, at);
  if (!found) return [];
  const start = head.slice(0, at).reduce((n, l) => n + l.length + 1, 0) + (m.index + m[1]!.indexOf(words));
  const end = start + words.length;
  const p = ctx.passages.find((q) => q.start <= start && q.end >= end);
  if (!p || !free(start, end)) return [];
  const name = capitalise(words.replace(/\s+/g, ' '));
  return [
    {
      id: idFor('Meeting', `${name} ${found.date.start}`),
      name,
      p,
      start,
      end,
      date: found.date,
      ...(found.place ? { place: found.place } : {}),
    },
  ];
}

/** The first line after the name's (past at least one topic line) that ends with a date and says more than a day. */
function dateLineAfter(ctx: DocContext, lines: readonly string[], at: number): DateLine | undefined {
  for (let k = at + 1; k < Math.min(lines.length, at + 2 + MAX_BETWEEN); k++) {
    const line = lines[k]!.trim();
    const d = findDates(line).at(-1);
    if (!d || d.index + d.length !== line.length) {
      if (line === '' || NOT_TOPIC.test(line)) return undefined;
      continue;
    }
    if (k === at + 1) return undefined;
    const before = line.slice(0, d.index).replace(/[\s,]+$/, '');
    const date = { start: d.start, ...(d.end ? { end: d.end } : {}) };
    if (before === '') return d.end ? { date } : undefined;
    if (!PLACE.test(before)) return undefined;
    const [city, country] = before.split(/\s*,\s*/);
    const state = memberStateNamed(ctx, country);
    return { date, ...(city && state ? { place: { city, country: state } } : {}) };
  }
  return undefined;
}
