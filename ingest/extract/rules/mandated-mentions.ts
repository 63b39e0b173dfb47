// Which gatherings and groups named in a requested clause are mandated by it (mandates.ts, mandates-operative.ts).
// A working group named as the owner of an output a paragraph is about, not as one given a task: "requests the
// Secretary-General to continue to submit … information on the progress made in the implementation of the
// recommendations contained in the report of the Working Group on Improvements to the Internet Governance Forum"
// (GA resolutions on ICT for sustainable development, 78/132 ¶31, 79/194 ¶34): the group, long ended, is asked
// nothing. "the continued work of the open-ended working group" is its work, and stays a mandate.

import type { DocContext, Mention } from '../context.ts';
import { meetingOfOutcomes } from './mandates-outcomes-of.ts';

const OWNED_OUTPUT =
  /\b(?:reports?|recommendations|conclusions|findings|outcomes?|proposals)\s+of\s+(?:the\s+|its\s+)?$/i;

/** Whether the group named at `at` in `text` follows "the report of" (and the like) within the same clause from `from`. */
export function groupAsOwner(text: string, from: number, at: number): boolean {
  return OWNED_OUTPUT.test(text.slice(Math.max(from, at - 60), at));
}

/** A meeting the clause names (not the summit whose outcomes it cites), or a group it names as no report's owner. */
export function mandatedMention(ctx: DocContext, from: number, m: Mention): boolean {
  if (m.type === 'Meeting') return !meetingOfOutcomes(ctx, m);
  return m.type === 'WorkingGroup' && !groupAsOwner(ctx.doc.text, from, m.start);
}
