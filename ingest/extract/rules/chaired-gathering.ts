// "chaired by <name>" makes the chair a speaker at the meeting (speakers.ts: the chair presides, MODEL.md's
// nearest role is moderator) only when what was chaired is a gathering: "The meeting was chaired by",
// "the session on data governance, chaired by". "The MAG discussed the proposal of the Working Group on
// Strategy, chaired by Ms. X" says she chairs the group, nothing of her speaking at the meeting.

import type { Passage } from '../../types.ts';
import { type DocContext, sentenceAt, sentences } from '../context.ts';
import { currentMeeting } from './current-meeting.ts';

// The gathering, then up to a few words ("on data governance"), then the auxiliary; or "It" / "which".
const GATHERING_CHAIRED =
  /(?:\b(?:meeting|session|panel|discussion|dialogue|workshop|segment|event|debate|consultations?|round[- ]?table|ceremony|seminar|webinar)s?\b[^,.;]{0,60}?|^\s*It\b|\bwhich\b)[\s,]*(?:(?:was|were|will be|has been|had been|is|are)\s+)?(?:co-)?$/i;

// A panel, workshop, seminar or round table is often a meeting of its own: "The panel was chaired by
// Mr. X, Chair of the twenty-seventh session" in a session's report is the inter-sessional panel, not the
// session. The chair speaks at the passage's meeting only when that meeting is one of the kind named
// (an inter-sessional panel's own summary); with no such meeting known, the fact is left out rather than
// given to the session.
const OWN_MEETING =
  /\b(panel|workshop|seminar|webinar|round[- ]?table|side[- ]event)s?\b(?![\s\S]*\b(?:panel|workshop|seminar|webinar|round[- ]?table|side[- ]event|meeting|session)s?\b)/i;

// "It was chaired by" is a gathering's chair only when the sentence before is about a gathering: "The
// High-Level Event 2024 was co-hosted by … It was chaired by …". The WGIG report's "The WGIG comprised 40
// members from Governments, … It was chaired by Mr. Nitin Desai" is the group's chair (roles), and made him
// a speaker at the WSIS phase its paragraph names.
const IT_CHAIRED = /^\s*It\b[\s,]*(?:(?:was|were|will be|has been|had been|is|are)\s+)?(?:co-)?$/i;
const GATHERING_SUBJECT =
  /^[^,;]{0,60}?\b(?:meeting|session|panel|discussion|dialogue|workshop|segment|event|debate|consultations?|round[- ]?table|ceremony|seminar|webinar|summit|conference)s?\b/i;

/** Whether the sentence before the one at `at` opens on a gathering ("The High-Level Event 2024 was …"). */
function gatheringBefore(p: Passage, at: number): boolean {
  const ss = sentences(p);
  const k = ss.findIndex((s) => s.start <= at && at < s.end);
  const before = k > 0 ? ss[k - 1] : undefined;
  return before !== undefined && GATHERING_SUBJECT.test(before.text);
}

// A body's own meetings held within the meeting a page reports on: "The meetings of the Standing Committee on
// Administration and Management were chaired by Mr. X" (an ISOC page on the ITU Council 2010, u79) is the chair
// of a committee of the Council, not one presiding at the Council's session. A committee, sub-group, task force
// or working party whose head noun the passage's meeting does not carry ("second-committee-66-meeting-40" does).
const SUB_BODY_MEETINGS =
  /\b(?:[Mm]eetings?|[Ss]essions?)\s+of\s+(?:the\s+|its\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(Committee|Sub-?[Cc]ommittee|Sub-?[Gg]roup|Task\s+Force|Working\s+Party|Drafting\s+Group)\b/u;

function subBodyMeetings(ctx: DocContext, p: Passage, words: string): boolean {
  const body = SUB_BODY_MEETINGS.exec(words)?.[1];
  if (!body) return false;
  const meeting = currentMeeting(ctx, p);
  return meeting === undefined || !meeting.includes(body.toLowerCase().replace(/\s+/g, '-'));
}

/**
 * Whether the words of its sentence before the verb at `verbAt` ("chaired") say a gathering was chaired
 * that can be the passage's meeting.
 */
function chairedGathering(ctx: DocContext, p: Passage, verbAt: number): boolean {
  const from = sentenceAt(p, verbAt)?.start ?? p.start;
  const words = ctx.doc.text.slice(from, verbAt);
  if (IT_CHAIRED.test(words) && !gatheringBefore(p, from)) return false;
  if (subBodyMeetings(ctx, p, words)) return false;
  return GATHERING_CHAIRED.test(words) && !gatheringElsewhere(ctx, p, verbAt);
}

/** Whether the sentence before `verbAt` names a panel, workshop, … that is not the passage's meeting. */
function gatheringElsewhere(ctx: DocContext, p: Passage, verbAt: number): boolean {
  const from = sentenceAt(p, verbAt)?.start ?? p.start;
  const own = OWN_MEETING.exec(ctx.doc.text.slice(from, verbAt))?.[1];
  if (!own) return false;
  const meeting = currentMeeting(ctx, p);
  return (
    meeting === undefined || !meeting.replace(/-/g, ' ').includes(own.toLowerCase().replace(/[- ]/g, ' '))
  );
}

/**
 * Whether "<verb> by <name>" before `verbAt` tells of something other than the passage's meeting: what was
 * "chaired" must be a gathering that can be it; what was "moderated" must not be a panel or workshop of its own.
 */
export function presidedElsewhere(ctx: DocContext, p: Passage, verb: string, verbAt: number): boolean {
  if (/chaired/i.test(verb)) return !chairedGathering(ctx, p, verbAt);
  if (/moderated/i.test(verb)) return gatheringElsewhere(ctx, p, verbAt);
  return false;
}
