// A body's unnumbered extraordinary or special session, named by an event page's title and dated by the
// page's "When" field: "Extraordinary session of the Intergovernmental Council for the Information for All
// Programme (IFAP)" / "When :" / "from Monday 2 March, 2020" (UNESCO event page), placed by its "Where" field. A body may hold several
// over the years and numbers none of them, so the year is part of the id
// (meeting:ifap-council-extraordinary-session-2020), as for a substantive session (meetings.ts). Numbered
// ones ("the twenty-ninth special session") are the session rule's. The same words further on ("an
// extraordinary session of the IFAP Council will be held") are the same session; named only in passing
// and dated nowhere, it is no node (a Meeting is a dated gathering).

import { type DocContext, mentionsStartingIn } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { findDates } from '../parse/dates.ts';
import { ORDINAL_SOURCE } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { whereField } from './meeting-where-field.ts';
import { nameOf, slugOf } from './meetings-lists.ts';

const SESSION = /\b(extraordinary|special)\s+session\s+of\s+(?:the\s+)?/gi;
const ORDINAL_BEFORE = new RegExp(`\\b${ORDINAL_SOURCE}\\s+$`, 'i');
// "When :", "When, local time:", "Date:" alone on a line, the days on the next: an event page's field.
const WHEN_LABEL = /^\s*(?:When|Dates?)\b[^:\n]{0,20}:\s*$/i;
const HEAD_PASSAGES = 6;

/** The days the page's "When" field gives: the first day, and the last when it differs. */
function whenField(ctx: DocContext): { start: string; end?: string } | undefined {
  const head = ctx.passages.slice(0, HEAD_PASSAGES);
  const i = head.findIndex((q) => WHEN_LABEL.test(q.text));
  const days = i >= 0 && head[i + 1] ? findDates(head[i + 1]!.text) : [];
  // The field is only days ("from Monday 2 March, 2020 / to Monday 2 March, 2020"), no sentence.
  if (days.length === 0 || days.length > 2 || /[.;]\s/.test(head[i + 1]!.text)) return undefined;
  const [a, b] = days;
  const end = b?.end ?? b?.start ?? a!.end;
  return { start: a!.start, ...(end && end !== a!.start ? { end } : {}) };
}

export function extraordinarySessions(
  ctx: DocContext,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const title = ctx.passages[0];
  if (!title || title.text.trim().includes('\n')) return [];
  const m = matchesOf(SESSION, title.text)[0];
  if (!m || title.text.slice(0, m.index).trim() !== '') return [];
  const at = title.start + m.index + m[0].length;
  const body = mentionsStartingIn(ctx, at, at).find((x) => x.type === 'Organization');
  const date = body ? whenField(ctx) : undefined;
  if (!body || !date) return [];
  const where = whereField(ctx);
  const kind = m[1]!.toLowerCase();
  const f = {
    id: `meeting:${slugOf(body.id)}-${kind}-session-${date.start.slice(0, 4)}`,
    name: `${kind === 'special' ? 'Special' : 'Extraordinary'} session of ${date.start.slice(0, 4)} of the ${nameOf(body.id, ctx)}`,
    parent: body.id,
    date,
    // Its "Where" field under the "When" field: "UNESCO Headquarters, …, Paris, France" (meeting-where-field.ts).
    ...(where ? { place: where } : {}),
  };
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages)
    for (const s of matchesOf(SESSION, p.text)) {
      if (s[1]!.toLowerCase() !== kind || ORDINAL_BEFORE.test(p.text.slice(0, s.index))) continue;
      const from = p.start + s.index + s[0].length;
      const same = mentionsStartingIn(ctx, from, from).find((x) => x.id === body.id);
      const start = p.start + s.index;
      if (!same || !free(start, same.end)) continue;
      out.push({ ...f, p, start, end: same.end });
    }
  return out;
}
