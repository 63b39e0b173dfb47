// The CHAIRED claim every chair rule states (roles, chair-titles, chaired-by,
// officer lists, appositions, speakers, affiliation chains): one shape, so a
// role is always a `role` property (MODEL.md: Chair, Vice-Chair, Acting Chair,
// Co-Chair) and the rule that found it is named.

import type { Source } from '../../../cypher/model/graph.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext } from '../context.ts';

export function addChaired(
  ctx: DocContext,
  person: string,
  body: string,
  role: string | undefined,
  source: Source,
  rule: string,
): void {
  addEdge(ctx, { type: 'CHAIRED', from: person, to: body, properties: props({ role }), source }, rule);
}
