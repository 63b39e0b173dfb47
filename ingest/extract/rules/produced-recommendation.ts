// "[on the recommendation of the Commission on Science and Technology for Development (E/2023/31)]" above
// an ECOSOC resolution (E/RES/2023/3): the commission's report that holds the recommendation, its symbol in
// brackets right after the body, is the commission's (MODEL.md PRODUCED), as "[on the report of the Second
// Committee (A/77/440)]" is the committee's (rules/produced.ts).

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, mentionsStartingIn, type Sentence, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { agentAt } from './agents.ts';

const RECOMMENDATION_OF = /\bon the recommendation of (?=the\s)/g;

export function recommendedIn(ctx: DocContext, p: Passage, s: Sentence): void {
  for (const m of matchesOf(RECOMMENDATION_OF, s.text)) {
    const agent = agentAt(ctx, s.start + m.index + m[0].length);
    if (!agent?.id.startsWith('organization:')) continue;
    const sym = mentionsStartingIn(ctx, agent.end, agent.end + 3).find(
      (x) => x.type === 'Document' && /^\s*\($/.test(ctx.doc.text.slice(agent.end, x.start)),
    );
    if (sym)
      addEdge(
        ctx,
        {
          type: 'PRODUCED',
          from: agent.id,
          to: sym.id,
          source: sourceAt(ctx, p, s.start + m.index, sym.end),
        },
        'produced:recommendation-of',
      );
  }
}
