// "chaired by <name>" makes the chair a speaker at the meeting (speakers.ts: the chair presides, MODEL.md's
// nearest role is moderator) only when what was chaired is a gathering: "The meeting was chaired by",
// "the session on data governance, chaired by". "The MAG discussed the proposal of the Working Group on
// Strategy, chaired by Ms. X" says she chairs the group, nothing of her speaking at the meeting.

import type { Passage } from '../../types.ts';
import { type DocContext, sentenceAt } from '../context.ts';

// The gathering, then up to a few words ("on data governance"), then the auxiliary; or "It" / "which".
const GATHERING_CHAIRED =
  /(?:\b(?:meeting|session|panel|discussion|dialogue|workshop|segment|event|debate|consultations?|round[- ]?table|ceremony|seminar|webinar)s?\b[^,.;]{0,60}?|^\s*It\b|\bwhich\b)[\s,]*(?:(?:was|were|will be|has been|had been|is|are)\s+)?(?:co-)?$/i;

/** Whether the words of its sentence before the verb at `verbAt` ("chaired") say a gathering was chaired. */
export function chairedGathering(ctx: DocContext, p: Passage, verbAt: number): boolean {
  const from = sentenceAt(p, verbAt)?.start ?? p.start;
  return GATHERING_CHAIRED.test(ctx.doc.text.slice(from, verbAt));
}
