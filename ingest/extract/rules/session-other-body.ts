// A numbered session whose words name a body nothing knows is that body's, not the last one named before it
// (session-body.ts). ITU's WSIS pages: "The first session of the Preparatory Committee, convened by the
// Secretary-General of the International Telecommunication Union (ITU) from 1 to 5 July 2002 in Geneva,
// elected …" went to the General Assembly of the sentence before ("The General Assembly … adopted
// Resolution 56/183") as "First session of the United Nations General Assembly"; so did "at its first
// session in July 2002, PrepCom elected one President", whose subject is the Committee's abbreviation.
// The body is unknown: the session is left out rather than given to another body.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsOverlapping, sentenceAt } from '../context.ts';

// The capitalised name after "session of the": "Preparatory Committee", "Group of Friends of the Chair".
const NAME_AFTER = /^\p{Lu}[\p{L}-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}-]*|on|of|for|and|the)(?=[^\p{L}]))*/u;
// "the session of the Commission": a bare body noun is the one of the context (its-subject.ts, bodyFor).
const BARE_BODY = /^(?:Commission|Council|Assembly|Committee)$/;
// "at its first session in July 2002, PrepCom elected …": an abbreviation (two capitals at least) after
// the clause's comma, then a verb in the past tense.
const SUBJECT_AFTER = /^[^,.;\n]{0,40},\s*(\p{Lu}\p{Ll}*\p{Lu}[\p{L}]*)\s+\p{Ll}+ed\b/u;

// Any name the document knows (a body, group, process: "the nineteenth session of the Internet Governance
// Forum") is left to session-body.ts.
const known = (ctx: DocContext, start: number, end: number): boolean =>
  mentionsOverlapping(ctx, start, end).some((m) => m.type !== 'Person' && m.type !== 'Theme');

/** Whether "… session of the <Name>" ending at `end` names a body that no mention covers. */
export function unknownBodyAfter(ctx: DocContext, end: number): boolean {
  const text = ctx.doc.text;
  // The session's words may end before "of the" or after it.
  const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
  if (!of && !/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, end - 8), end))) return false;
  const from = end + (of ? of[0].length : 0);
  const name = NAME_AFTER.exec(text.slice(from, from + 120))?.[0].replace(
    /(?:\s+(?:on|of|for|and|the))+$/,
    '',
  );
  if (!name || BARE_BODY.test(name) || !/\s/.test(name)) return false;
  return !known(ctx, from, from + name.length);
}

/** Whether "its <ordinal> session …, <Abbreviation> <verb>ed" has a subject no mention covers. */
export function unknownSubjectAfter(ctx: DocContext, p: Passage, at: number, end: number): boolean {
  const text = ctx.doc.text;
  if (!/\bits\s+$/i.test(text.slice(Math.max(0, at - 5), at)) && !/^its\s/i.test(text.slice(at, at + 4)))
    return false;
  const stop = sentenceAt(p, at)?.end ?? p.end;
  const m = SUBJECT_AFTER.exec(text.slice(end, stop));
  if (!m) return false;
  const start = end + m.index + m[0].indexOf(m[1]!, m[0].indexOf(','));
  return !known(ctx, start, start + m[1]!.length);
}
