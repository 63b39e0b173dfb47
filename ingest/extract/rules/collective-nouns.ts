// A body's name followed by a plural common noun names a class of bodies, not that body: "representatives of
// United Nations entities and other international organizations" (a CSTD intersessional panel's
// "Organization of work"), "a coalition of UN bodies, including …" (a press release). Neither the United
// Nations nor any one body took part there. Shared by participation.ts and delegations.ts.

import type { DocContext, Mention } from '../context.ts';

const COLLECTIVE =
  /^\s+(?:bodies|agencies|entities|organizations|organisations|members|funds|programmes|system\s+(?:entities|organizations|organisations|agencies|bodies))\b/;

/**
 * The length of the plural noun `o` qualifies ("UN agencies": " agencies"), 0 when `o` is a body named on its
 * own. A list goes on after it: "representatives of United Nations entities, UNESCO and ITU".
 */
export function collectiveLength(ctx: DocContext, o: Mention): number {
  return COLLECTIVE.exec(ctx.doc.text.slice(o.end, o.end + 30))?.[0].length ?? 0;
}
