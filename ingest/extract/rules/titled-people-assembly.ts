// A post of the General Assembly's named by "Assembly" alone before it (titled-people.ts): the holder is
// AFFILIATED_WITH the Assembly.

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext, sourceAt } from '../context.ts';

// The Assembly's press releases call its officers by "Assembly" and the post: "In opening remarks, Assembly
// Vice-President Judith Mbula Bahemuka ( Kenya), speaking on behalf of …" (GA/10451, the plenary endorsing the
// WSIS outcome), "Assembly President X". "Assembly" alone, no capitalised word before it (not a "National
// Assembly", a "World Health Assembly"), in a document that names the General Assembly, is that Assembly.
const ASSEMBLY_BEFORE = /(?<![\p{Lu}][\p{L}-]*\s+)\bAssembly\s+$/u;
const ASSEMBLY_POSTS = /^(?:(?:Vice-)?President)$/;
const GA = 'organization:general-assembly';

/** The post before a name (`post` at `postAt`, the name ending at `end`): the Assembly's, said so. */
export function assemblyPost(
  ctx: DocContext,
  p: Passage,
  id: string,
  post: string,
  postAt: number,
  end: number,
): void {
  if (!ASSEMBLY_POSTS.test(post)) return;
  const before = ASSEMBLY_BEFORE.exec(ctx.doc.text.slice(Math.max(p.start, postAt - 40), postAt));
  if (!before || !ctx.mentions.some((x) => x.id === GA)) return;
  const from = postAt - (before[0].length - before[0].indexOf('Assembly'));
  addEdge(
    ctx,
    {
      type: 'AFFILIATED_WITH',
      from: id,
      to: GA,
      properties: props({ title: post }),
      source: sourceAt(ctx, p, from, end),
    },
    'titled-people',
  );
}
