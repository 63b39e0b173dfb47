// A gathering's topic read by meetings-named.ts stops at the first "on" (the place or the date comes
// next: "a workshop on cybersecurity on 3 May 2012"); but an "on" inside a name the topic ends in is that
// name's: "The United Nations General Assembly High-Level Meeting on the Twenty-Year Review of the World
// Summit on the Information Society (WSIS+20) opened today" (UN News, 16 December 2025) is a meeting on the
// review of the Summit, not on "the Twenty-Year Review of the World Summit". The name runs to the end of
// the process or body named there, and its acronym in brackets right after.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsOverlapping } from '../context.ts';

const ACRONYM_AFTER = /^\s*\([^()\s]{2,12}\)/;

/** `phrase` (a named gathering with a topic, at `start` in the document) run on to the name its topic ends in. */
export function throughTopicName(ctx: DocContext, p: Passage, start: number, phrase: string): string {
  const end = start + phrase.length;
  const cut = mentionsOverlapping(ctx, end - 1, end).find(
    (x) =>
      (x.type === 'Process' || x.type === 'Organization') && x.start < end && x.end > end && x.end <= p.end,
  );
  if (!cut) return phrase;
  const acronym = ACRONYM_AFTER.exec(ctx.doc.text.slice(cut.end, Math.min(p.end, cut.end + 16)));
  return ctx.doc.text.slice(start, cut.end + (acronym?.[0].length ?? 0));
}
