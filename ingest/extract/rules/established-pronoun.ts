// "It" opening a sentence stands for the gathering the sentence before opened with: "The Interagency
// Coordination Meeting on Information and Communication Technology (ICT) was held at Bangkok on 22 August
// 2001. It was jointly organized by the United Nations Economic and Social Commission for Asia and the
// Pacific (ESCAP), the International Telecommunication Union (ITU) and …" (report of the meeting, ¶1).

import type { Passage } from '../../types.ts';
import { type DocContext, type Mention, mentionsIn } from '../context.ts';

const IT = /^\W*It\s+(?:was|is|will\s+be|has\s+been|had\s+been)\s+/;
// The sentence before opens with the gathering as its subject ("The X was held …"); a numbered paragraph's
// number may come first.
const OPENING = /^\W*(?:\d+\.\s+)?(?:The\s+)?$/;

/** The meeting `It` at the start of sentence `s` refers to: the one that opens `prev`, if any. */
export function pronounMeeting(
  ctx: DocContext,
  s: { start: number; text: string },
  prev: { start: number; end: number } | undefined,
  p: Passage,
): Mention | undefined {
  if (!prev || !IT.test(s.text) || prev.start < p.start) return undefined;
  const first = mentionsIn(ctx, prev.start, prev.end)[0];
  if (first?.type !== 'Meeting') return undefined;
  return OPENING.test(ctx.doc.text.slice(prev.start, first.start)) ? first : undefined;
}
