// "Prof. Jon Example from the University of Sampleton briefed the participants" (an IGF national and regional
// initiatives' meeting summary): a name, "from", then a body the gazetteer does not know but org-names.ts
// found by its form (a university, an institute, a ministry). affiliation-after.ts takes only known bodies,
// before org-names.ts has run; this rule runs after it and after people-known.ts, so a person named again
// with a lower-case "prof." is known here. A Member State after "from" is people-from-states.ts's.

import { addEdge, type DocContext, type Mention, mentionsIn, sourceAt } from '../context.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const FROM_WORDS = triggerWords([' from ']);
const BETWEEN = /^[^\S\n]+from[^\S\n]+(?:the[^\S\n]+)?$/;
// The body's name ends there: a stop, a bracket or a word that goes on with the sentence, not a longer name.
const ENDS =
  /^(?:[,.;:()]|[^\S\n]+(?:and|for|to|as|at|in|on|was|were|is|who|will|has|had|briefed|presented|said|spoke)\b|\s*$)/;

export function affiliationFromNamedRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, FROM_WORDS)) continue;
    const ms = mentionsIn(ctx, p.start, p.end);
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      if (a.type !== 'Person') continue;
      const b = nextBody(ms, i + 1, a.end);
      if (!b || !BETWEEN.test(text.slice(a.end, b.start)) || !ENDS.test(text.slice(b.end, b.end + 12)))
        continue;
      // A known body is affiliation-after.ts's (a State's, people-from-states.ts's).
      if (ctx.gazetteer.byId.has(b.id)) continue;
      addEdge(
        ctx,
        { type: 'AFFILIATED_WITH', from: a.id, to: b.id, source: sourceAt(ctx, p, a.start, b.end) },
        'affiliation-from-named',
      );
    }
  }
}

/** The longest Organization mention starting first after `after` (several may start there). */
function nextBody(ms: readonly Mention[], from: number, after: number): Mention | undefined {
  let best: Mention | undefined;
  for (let j = from; j < ms.length; j++) {
    const m = ms[j]!;
    if (m.start < after) continue;
    if (best && m.start > best.start) break;
    if (m.type === 'Organization' && (!best || m.end > best.end)) best = m;
    else if (!best && m.type !== 'Organization') return undefined;
  }
  return best;
}
