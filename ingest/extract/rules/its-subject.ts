// Whose "its twentieth session" is when the sentence's subject is a body the document never names in
// full: "Ms. X (Director, …, UNCTAD) said that the Commission had held its nineteenth session in May
// 2016" (a Second Committee summary record). No "Commission" is known there, so the session went to the
// last body named before it, the General Assembly of the masthead: "Nineteenth session of the General
// Assembly". The subject "the Commission" holds the session; unknown, the session is left out.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsOverlapping, sentenceAt } from '../context.ts';

const BODY_NOUN = /\bthe\s+(Commission|Council|Committee|Board|Conference|Forum|Panel|Group|Assembly)\b/g;

/** Whether "its" just before `at` refers to a "the Commission"-like subject no mention covers. */
export function unnamedSubject(ctx: DocContext, p: Passage, at: number): boolean {
  const text = ctx.doc.text;
  // The session's words may begin at "its" (meetings.ts SESSION reads "its twenty-sixth session" too).
  const own = /^its\s/i.test(text.slice(at, at + 4));
  if (!own && !/\bits\s+$/.test(text.slice(Math.max(0, at - 5), at))) return false;
  const from = sentenceAt(p, at)?.start ?? p.start;
  let last: RegExpExecArray | undefined;
  for (const m of text.slice(from, at).matchAll(BODY_NOUN)) last = m;
  if (!last) return false;
  const start = from + last.index + last[0].length - last[1]!.length;
  return !mentionsOverlapping(ctx, start, start + last[1]!.length).some(
    (m) => m.type === 'Organization' || m.type === 'WorkingGroup',
  );
}
