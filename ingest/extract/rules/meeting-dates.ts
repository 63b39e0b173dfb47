// The date of a meeting mention: the first date after it in the same sentence
// (or in the heading lines that follow a heading), before any other meeting is
// named. "in 2024" counts when the caller allows a bare year.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, sentenceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { type DateRange, findDates } from '../parse/dates.ts';

export interface MeetingDate {
  readonly start: string;
  readonly end?: string;
}

// "30 September 2016", "Geneva, 14–18 May 2018", or the place after: "15-19 April 2024, Geneva".
const DATE_LINE =
  /^\s*(?:\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2},?\s+)?\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+\p{Lu}\p{Ll}+\s+\d{4}(?:,\s*\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2})?\s*$/u;
// A date after "adopted" or a resolution number is the instrument's ("the outcomes of the World Summit,
// adopted by the General Assembly in its resolution 70/125 on 16 December 2015"), not the meeting's.
const OTHER_CLAUSE =
  /,\s+(?:it|he|she|they|we|which|who)\b|\bby the end of\b|\bdeadline\b|\bbefore\b|\buntil\b|\badopted\b|\bresolution\s+\d/;
const YEAR = /\bin\s+(\d{4})\b(?!\s*[-–])/g;

/** The words that can date or place a meeting named at `from`: the rest of its sentence, or a heading's lines. */
export function meetingWindow(ctx: DocContext, p: Passage, from: number, stopAt: number): string {
  // A heading: the date may stand on the next lines ("30 September 2016", "Geneva, 14–18 May 2018").
  if (p.kind === 'heading' || p.kind === 'slide')
    return ctx.doc.text.slice(from, Math.min(stopAt, nextBodyEnd(ctx, p)));
  const sentence = sentenceAt(p, from);
  return sentence ? ctx.doc.text.slice(from, Math.min(sentence.end, stopAt)) : '';
}

export function dateAfter(
  ctx: DocContext,
  p: Passage,
  from: number,
  stopAt: number,
  allowYear: boolean,
): MeetingDate | undefined {
  const text = meetingWindow(ctx, p, from, stopAt);
  // The date must belong to the meeting, not to a later clause ("…, it needed to finalize its work by January 2018").
  const d: DateRange | undefined = findDates(text).find((x) => !OTHER_CLAUSE.test(text.slice(0, x.index)));
  if (d) return { start: d.start, ...(d.end ? { end: d.end } : {}) };
  if (allowYear) {
    const y = matchesOf(YEAR, text)[0];
    if (y) return { start: y[1]! };
  }
  return undefined;
}

/** End of the run of heading passages starting at `p` (at most three). */
function nextBodyEnd(ctx: DocContext, p: Passage): number {
  const i = indexOfPassage(ctx, p);
  let end = p.end;
  for (let j = i + 1; j < Math.min(ctx.passages.length, i + 4); j++) {
    const q = ctx.passages[j]!;
    // Only a line that is a date or "Place, date" belongs to the heading above it.
    if (!DATE_LINE.test(q.text)) break;
    end = q.end;
  }
  return end;
}
