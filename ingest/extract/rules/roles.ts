// Chair-type roles stated in running text (issue 3, item 3): "Ambassador X,
// from Brazil, was elected Chair of the Working Group", "was appointed
// Vice-Chair of …", and "… chaired the remainder of the meeting" for the chair
// last named. The role goes to the body named after "Chair of".

import { props } from '../claims.ts';
import { addEdge, type DocContext, lastMentionBefore, sentences, sourceAt } from '../context.ts';
import { chairOf } from './agents.ts';
import { currentMeeting } from './current-meeting.ts';

const ELECTED =
  /\b(?:was|were|is|has been|had been)\s+(?:unanimously\s+)?(?:elected|appointed|designated|confirmed|nominated)\s+(?:as\s+)?(?:the\s+)?((?:Acting |Vice[- ]|Co-)?Chair(?:man|person)?)\s+of\s+(?:the\s+)?/g;
const CHAIRED_MEETING = /\bchaired\s+(?:the\s+(?:remainder|rest)\s+of\s+)?the\s+(?:meeting|session)\b/g;

function roleName(word: string): string {
  const w = word.toLowerCase();
  return w.startsWith('acting')
    ? 'Acting Chair'
    : w.startsWith('vice')
      ? 'Vice-Chair'
      : w.startsWith('co')
        ? 'Co-Chair'
        : 'Chair';
}

export function rolesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    // Both expressions need one of these words (case as written).
    if (!p.text.includes('Chair') && !p.text.includes('chaired')) continue;
    for (const s of sentences(p)) {
      for (const m of s.text.matchAll(ELECTED)) {
        const at = s.start + m.index;
        const person = lastMentionBefore(ctx, at, (x) => x.type === 'Person' && x.start >= s.start);
        const body = ctx.mentions
          .filter(
            (x) =>
              (x.type === 'WorkingGroup' || x.type === 'Organization' || x.type === 'Meeting') &&
              x.end > at + m[0].length + 1 &&
              x.start <= at + m[0].length + 2,
          )
          .sort((a, b) => a.start - b.start)[0];
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
          lastMentionBefore(ctx, at, (x) => x.type === 'Person' && x.start >= p.start)?.id;
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
