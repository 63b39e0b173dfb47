// A body said to be a member of another (MODEL.md MEMBER_OF, Organization → Organization, WorkingGroup):
// "ITU is named as a permanent member of UNGIS" (ITU Plenipotentiary Resolution 140's preamble on the UN
// inter-agency group), "the Secretariat is an ex officio member of the Group". The subject is the body named
// right before the verb, the object the body named right after "member of": a relative pronoun or any other
// word between them ("ITU, which is a member of …", "each of its members is a member of …") is read by no
// one here, nor a body that only qualifies another word ("the delegate of Brazil is a member of …": the
// subject must open its clause). A person's membership is the post rules' (post-apposition.ts, member-lists.ts).

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const MEMBER =
  /\s(?:is|are|was|were|has been|have been|remains)\s+(?:(?:named|designated|elected)\s+as\s+)?an?\s+(?:(?:permanent|full|founding|ex officio|ex-officio)\s+)?member\s+of\s+(?:the\s+)?/g;

// What may stand before the subject: the clause's start ("…, and that ITU is named …").
const CLAUSE_START = /(?:^|[.;:(]\s*|,\s*|\b(?:that|and|while|whereas|since)\s+)(?:[Tt]he\s+)?$/;

// The words of the test below, in any case (trigger-words.ts): a bit test before a read of the passage.
const WORDS = triggerWords(['member of']);

export function memberOfNamedRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS) || !p.text.includes('member of')) continue;
    for (const m of matchesOf(MEMBER, p.text)) {
      const verbAt = p.start + m.index;
      const objAt = verbAt + m[0].length;
      const subject = mentionsIn(ctx, p.start, verbAt, 'Organization').find((x) => x.end === verbAt);
      const object = mentionsIn(ctx, objAt, p.start + p.text.length).find(
        (x) => x.start === objAt && (x.type === 'Organization' || x.type === 'WorkingGroup'),
      );
      if (!subject || !object || subject.id === object.id) continue;
      if (!CLAUSE_START.test(ctx.doc.text.slice(Math.max(p.start, subject.start - 30), subject.start)))
        continue;
      addEdge(
        ctx,
        {
          type: 'MEMBER_OF',
          from: subject.id,
          to: object.id,
          source: sourceAt(ctx, p, subject.start, object.end),
        },
        'member-of-named',
      );
    }
  }
}
