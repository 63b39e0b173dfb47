// A body, its post, then the holder between commas: "In his closing remarks United Nations
// Under-Secretary-General for Economic and Social Affairs, Mr. Li Junhua, reaffirmed …" (UN DESA's press
// release closing IGF 2024), "ITU Secretary-General, Ms. Doreen Bogdan-Martin". The person holds the post in
// that body (AFFILIATED_WITH, titled by the post with its portfolio). Only a post written right after the body
// (one space), an honorific's person right after its comma: "Members of the United Nations Secretary-General's
// Advisory Body, Mr. X" is no post, nor a State's "Kenya Minister …" (a delegation's, rules/delegations.ts).

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext, type Mention, sourceAt } from '../context.ts';
import { isMemberState } from './body-kinds.ts';

const POST =
  /^ ((?:Deputy |Assistant |Under-)?Secretary-General|(?:Deputy )?Director-General|Executive Secretary|Executive Director|High Commissioner|Special Envoy|Special Adviser)((?: (?:for|on) (?:the )?\p{Lu}[\p{L}-]*(?: (?:and|of|the|\p{Lu}[\p{L}-]*)){0,6})?), $/u;

/** `a` a body, `b` a person, the text between them a post and a comma. */
export function postAfterBody(ctx: DocContext, p: Passage, a: Mention, b: Mention): void {
  if (a.type !== 'Organization' || b.type !== 'Person') return;
  if (isMemberState(ctx, a.id)) return;
  const post = POST.exec(ctx.doc.text.slice(a.end, b.start));
  if (!post) return;
  addEdge(
    ctx,
    {
      type: 'AFFILIATED_WITH',
      from: b.id,
      to: a.id,
      properties: props({ title: `${post[1]}${post[2]}` }),
      source: sourceAt(ctx, p, a.start, b.end),
    },
    'post-apposition:body-post',
  );
}
