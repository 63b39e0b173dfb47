// Chair-type roles stated in running text (issue 3, item 3): "Ambassador X,
// from Brazil, was elected Chair of the Working Group", "was appointed
// Vice-Chair of …", and "… chaired the remainder of the meeting" for the chair
// last named. The role goes to the body named after "Chair of".

import { props } from '../claims.ts';
import {
  addEdge,
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsOverlapping,
  mentionsStartingIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { chairOf } from './agents.ts';
import { currentMeeting } from './current-meeting.ts';

const ELECTED =
  /\b(?:was|were|is|has been|had been)\s+(?:unanimously\s+)?(?:elected|appointed|designated|confirmed|nominated)\s+(?:as\s+)?(?:the\s+)?((?:Acting |Vice[- ]|Co-)?Chair(?:man|person)?)\s+of\s+(?:the\s+)?/g;
const CHAIRED_MEETING = /\bchaired\s+(?:the\s+(?:remainder|rest)\s+of\s+)?the\s+(?:meeting|session)\b/g;

export function roleName(word: string): string {
  const w = word.toLowerCase();
  return w.startsWith('acting')
    ? 'Acting Chair'
    : w.startsWith('vice')
      ? 'Vice-Chair'
      : w.startsWith('co')
        ? 'Co-Chair'
        : 'Chair';
}

export const isBody = (x: Mention): boolean =>
  x.type === 'WorkingGroup' || x.type === 'Organization' || x.type === 'Meeting';

/**
 * The body named right after "Chair of the" ending at `after`: of the bodies covering after + 1 or
 * after + 2, the first starting, the first found among those (what a stable sort by start of all
 * mentions gave; the index answers without the scan).
 */
function bodyAfter(ctx: DocContext, after: number): Mention | undefined {
  // Overlapping [after + 1, after + 3): start <= after + 2 and end > after + 1.
  const first = mentionsOverlapping(ctx, after + 1, after + 3).find(isBody);
  if (!first) return undefined;
  return mentionsStartingIn(ctx, first.start, first.start).find((x) => isBody(x) && x.end > after + 1);
}

export function rolesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    // Both expressions need one of these words (case as written).
    if (!p.text.includes('Chair') && !p.text.includes('chaired')) continue;
    for (const s of sentences(p)) {
      for (const m of s.text.matchAll(ELECTED)) {
        const at = s.start + m.index;
        const person = lastMentionBefore(ctx, at, (x) => x.type === 'Person' && x.start >= s.start, s.start);
        const body = bodyAfter(ctx, at + m[0].length);
        if (!person || !body) continue;
        const source = sourceAt(ctx, p, person.start, body.end);
        addEdge(
          ctx,
          {
            type: 'CHAIRED',
            from: person.id,
            to: body.id,
            properties: props({ role: roleName(m[1]!) }),
            source,
          },
          'roles:elected',
        );
      }
      for (const m of s.text.matchAll(CHAIRED_MEETING)) {
        const at = s.start + m.index;
        const meeting = currentMeeting(ctx, p);
        const wg = ctx.state.get('workingGroup');
        const person =
          (wg && chairOf(ctx, wg)) ??
          lastMentionBefore(ctx, at, (x) => x.type === 'Person' && x.start >= p.start, p.start)?.id;
        if (!meeting || !person) continue;
        addEdge(
          ctx,
          {
            type: 'CHAIRED',
            from: person,
            to: meeting,
            properties: props({ role: 'Chair' }),
            source: sourceAt(ctx, p, at, at + m[0].length),
          },
          'roles:chaired',
        );
      }
    }
  }
}
