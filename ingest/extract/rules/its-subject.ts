// Whose "its twentieth session" is when the sentence's subject is a body the document never names in
// full: "Ms. X (Director, …, UNCTAD) said that the Commission had held its nineteenth session in May
// 2016" (a Second Committee summary record). No "Commission" is known there, so the session went to the
// last body named before it, the General Assembly of the masthead: "Nineteenth session of the General
// Assembly". The subject "the Commission" holds the session; unknown, the session is left out.

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  type Mention,
  mentionsOverlapping,
  mentionsStartingIn,
  sentenceAt,
} from '../context.ts';

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

// "The ECOSOC also requested the Commission to submit, after its eighteenth session, the results of its
// review" (a stakeholder page on the CSTD's WSIS review): "its" is the body asked to act, the subject of
// the infinitive it stands in, not the sentence's subject (that gave an "Eighteenth session of the Economic
// and Social Council"). The body stands right after the verb asking it and right before "to".
const ASKING_VERB =
  /\b(?:request(?:s|ed)?|invit(?:es|ed)|ask(?:s|ed)?|encourag(?:es|ed)|urg(?:es|ed)|call(?:s|ed)\s+upon|mandat(?:es|ed)|task(?:s|ed)?)\s+(?:the\s+)?$/;
const TO_VERB = /^\s*(?:\([^)]{1,40}\)\s*)?,?\s*to\s+\p{Ll}/u;

/** The body asked to act ("requested the Commission to …") in the sentence before `at`, if "its" is at `at`. */
export function requestedBody(ctx: DocContext, p: Passage, at: number): Mention | undefined {
  const text = ctx.doc.text;
  if (!/^its\s/i.test(text.slice(at, at + 4)) && !/\bits\s+$/.test(text.slice(Math.max(0, at - 5), at)))
    return undefined;
  const from = sentenceAt(p, at)?.start ?? p.start;
  const bodies = mentionsStartingIn(ctx, from, at).filter((m) => m.type === 'Organization' && m.end <= at);
  const asked = bodies[bodies.length - 1];
  if (!asked || !ASKING_VERB.test(text.slice(Math.max(from, asked.start - 40), asked.start)))
    return undefined;
  return TO_VERB.test(text.slice(asked.end, asked.end + 50)) ? asked : undefined;
}
