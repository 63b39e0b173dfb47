// The officers one label of a list names (officer-lists.ts), emitted once the list under it has ended: how
// many there are decides what a "Co-chairs" label says of them.

import type { Source } from '../../../cypher/model/graph.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext, type Mention } from '../context.ts';
import { addChaired } from './chaired-claim.ts';

// A panel has two co-chairs, rarely three. A web copy of a "Panel Members" roster that drops the "Members"
// sub-heading leaves the whole roster under "Co-chairs" (a blog copy of the High-level Panel on Digital
// Cooperation's page: its co-chair, then a Minister and a Japanese science adviser): past two names under a
// roster heading the list no longer says who co-chairs, only who is a member, which holds of a co-chair too (a
// rare third co-chair is left a member rather than risk chairs the page never named).
const MAX_CO_CHAIRS = 2;

export interface Officer {
  readonly id: string;
  readonly source: Source;
}

/** Emits one label's officers: chairs, members, the Rapporteur (see MAX_CO_CHAIRS for an overlong co-chair list). */
export function emitOfficers(
  ctx: DocContext,
  body: Mention,
  role: string,
  officers: readonly Officer[],
  underHeading: boolean,
): void {
  const asMembers = /^Co-/.test(role) && underHeading && officers.length > MAX_CO_CHAIRS;
  for (const { id, source } of officers) {
    if (role === 'member' || asMembers)
      addEdge(ctx, { type: 'MEMBER_OF', from: id, to: body.id, source }, 'officer-lists:members');
    // A Rapporteur is an officer of the body, no chair (MODEL.md CHAIRED roles): a post held in it.
    else if (role === 'Rapporteur')
      addEdge(
        ctx,
        { type: 'AFFILIATED_WITH', from: id, to: body.id, properties: props({ title: role }), source },
        'officer-lists:rapporteur',
      );
    else addChaired(ctx, id, body.id, role, source, 'officer-lists');
  }
}
