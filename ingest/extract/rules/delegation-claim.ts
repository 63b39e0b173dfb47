// A delegation or body speaking at a meeting (MODEL.md SPOKE_AT): a Member State
// speaks as a delegate, any other body as a participant. Shared by the speaker
// footnotes (speakers.ts) and "the representative of X" (delegations.ts).

import { props } from '../claims.ts';
import { addEdge, claimedProperty, type DocContext, type Mention, type sourceAt } from '../context.ts';

export function delegation(
  ctx: DocContext,
  org: Mention,
  meeting: string,
  source: ReturnType<typeof sourceAt>,
  rule: string,
): void {
  const state = claimedProperty(ctx, org.id, 'kind') === 'member-state';
  addEdge(
    ctx,
    {
      type: 'SPOKE_AT',
      from: org.id,
      to: meeting,
      properties: props({ role: state ? 'delegate' : 'participant' }),
      source,
    },
    rule,
  );
}
