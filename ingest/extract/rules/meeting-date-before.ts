// The date of a gathering written before its name, when none follows it (meeting-dates.ts reads the date
// after): a sentence opening "On 30 May 2025, the United Nations Department of Economic and Social Affairs
// (UN DESA) convened the 1st Preparatory Meeting …" (UN DESA on WSIS+20), where the date is the verb's
// that takes the gathering as its object; and a press release's dateline read by "today": "16 December
// 2025 - The United Nations General Assembly High-Level Meeting on the Twenty-Year Review of the World
// Summit on the Information Society (WSIS+20) opened today" (UN News). A date in another clause ("In
// 2024, the Commission decided that a meeting …") or a "today" without a dateline dates nothing.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsStartingIn, sentenceAt } from '../context.ts';
import { datelineStart, findDates } from '../parse/dates.ts';
import type { MeetingDate } from './meeting-dates.ts';

// "On 30 May 2025, <subject> convened|held|hosted|organised|opened|launched|began [the|a|its]" up to the name.
// The day may follow its weekday and go without a comma, the subject hold a person's name set off by commas: "On
// Tuesday, 17 July 2007 the Director-General of UNESCO, Mr X Y, opened the second meeting of the United Nations
// Group on the Information Society (UNGIS)" (UNESCO's news on the Group's meeting).
const ON_DATE_VERB =
  /^On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2}\s+\p{L}+\s+\d{4}(?=[,\s])|[^,]{6,40}(?=,)),?\s+(?:(?!\b(?:meeting|session|conference|summit|which|that|who|but)\b)(?:[^.;:,]|,\s+(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E)\.?\s+\p{Lu}[^.;:,]{2,60},))*?(?:\([^()]{1,20}\)\s+)?(?:convened|held|hosted|organi[sz]ed|opened|launched|began|started|kicked\s+off)\s+(?:(?:the|a|an|its|their)\s+)?$/iu;
// "From 27 to 31 May 2024, the WSIS+20 Forum High-Level Event 2024 was held in Geneva" (the Chair's summary of an
// annual ITU forum): the date opens the sentence the gathering is the subject of, its own verb right after its
// name (and its edition's year). "From 8-12 April, over 300 workshops …" names no gathering there; "On 3 May, the Commission decided that a
// meeting …" dates the decision, not the meeting (the gathering is not the subject).
const DATE_OPENING = /^(?:On|From|Between)\s+([^,]{6,40}),\s+(?:the\s+)?$/i;
// "On 30 May 2030, the ninth session of the Intergovernmental Council for the Sample Programme (SP) was opened at
// UNESCO Headquarters", "On 19 May 2030, the 8th session of the Council began its work by electing …" (UNESCO's
// news of its councils' sessions): the session's opening day.
const OWN_VERB =
  /^(?:\s+(?:19|20)\d{2})?\s*(?:\([^()]{1,20}\)\s*)?(?:(?:was|were)\s+(?:held|convened|organi[sz]ed|hosted|opened)|took\s+place|met|convened|opened|began)\b/;
// "opened today", "today opened", "was held today", "began today": the gathering's own verb with "today".
const TODAY =
  /^[^.;]*?\b(?:(?:opened|began|started|closed|concluded|convened|met|took\s+place|(?:was|were)\s+held)\s+today|today\s+(?:opened|began|started|closed|concluded|convened))\b/i;

/** A single day or range as a meeting date (a month or year alone does not date the day's verb). */
function exactly(text: string): MeetingDate | undefined {
  const d = findDates(text)[0];
  if (d?.index !== 0 || d.length !== text.trim().length || d.start.length !== 10) return undefined;
  return { start: d.start, ...(d.end ? { end: d.end } : {}) };
}

export function dateBefore(ctx: DocContext, p: Passage, start: number, end: number): MeetingDate | undefined {
  const sentence = sentenceAt(p, start);
  if (!sentence) return undefined;
  const head = ctx.doc.text.slice(sentence.start, start);
  const on = ON_DATE_VERB.exec(head);
  if (on) return exactly(on[1]!.trim());
  const opening = DATE_OPENING.exec(head);
  if (opening && OWN_VERB.test(ctx.doc.text.slice(end, sentence.end))) return exactly(opening[1]!.trim());
  // A dateline (parse/dates.ts), then the sentence: "16 December 2025 - The … opened today".
  const day = datelineStart(head);
  if (day && TODAY.test(ctx.doc.text.slice(end, sentence.end))) return { start: day };
  return todayOfDateline(ctx, p, start, end);
}

// An ordinal session is found as "the ninth session"; its body's name ("of the Intergovernmental Council for the
// Sample Programme (SP)") stands between it and its own verb.
const OF_BODY = /^\s+of\s+(?:the\s+)?/;

/** dateBefore for a session found without its body: the verb is looked for after "of <body>". */
export function sessionDateBefore(
  ctx: DocContext,
  p: Passage,
  start: number,
  end: number,
): MeetingDate | undefined {
  const of = OF_BODY.exec(ctx.doc.text.slice(end, end + 12));
  const body = of
    ? mentionsStartingIn(ctx, end + of[0].length, end + of[0].length + 1)
        .filter((m) => m.type === 'Organization')
        .sort((a, b) => b.end - a.end)[0]
    : undefined;
  return dateBefore(ctx, p, start, body && body.end <= p.end ? body.end : end);
}

// A dateline on a line of its own at the top of a press release, "New York, 21 September 2013", then
// "President X today co-chaired the 8th meeting of the Broadband Commission …" (a head of State's press
// office on the Commission's meetings): "today" before the verb whose object the gathering is, or after it.
const DATELINE = /^\s*\p{Lu}[\p{L}.'’ -]{1,40},\s+([^,\n]{6,30}?)\s*$/u;
const TODAY_VERB =
  /\btoday\s+(?:co-)?(?:chaired|opened|convened|hosted|attended|addressed|closed|presided\s+over)\s+(?:(?:the|a|an|its|their)\s+)?$/i;

/** The dateline's day, for the gathering at `start`–`end` its sentence says happened "today". */
export function todayOfDateline(
  ctx: DocContext,
  p: Passage,
  start: number,
  end: number,
): MeetingDate | undefined {
  const sentence = sentenceAt(p, start);
  if (!sentence) return undefined;
  const head = ctx.doc.text.slice(sentence.start, start);
  if (!TODAY_VERB.test(head) && !TODAY.test(ctx.doc.text.slice(end, sentence.end))) return undefined;
  const first = ctx.passages[0];
  if (!first || first.text.trim().includes('\n')) return undefined;
  const m = DATELINE.exec(first.text);
  return m ? exactly(m[1]!) : undefined;
}
