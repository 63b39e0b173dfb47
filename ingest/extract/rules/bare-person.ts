// A person's name written without an honorific right after a chair's post or
// verb: "It's Chaired by Vint Cerf, and our Vice Chair is Maria Ressa" (IGF
// 2023 Leadership Panel transcript). Only two or three capitalised words ended
// by punctuation, "and" or the sentence's end count, and never a name the
// gazetteer knows or one with a word that names a body or a post, so "chaired
// by the Chair of …" or "chaired by Saudi Arabia" stay what they were.

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import {
  addMention,
  addNode,
  type DocContext,
  type Mention,
  mentionsOverlapping,
  sourceAt,
} from '../context.ts';
import { personId } from './people.ts';

const BARE =
  /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:(?:da|de|del|dos|van|von|al|el|bin)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?=\s*(?:[,.;:)]|\s+and\b|$))/u;
// First words that open a phrase, not a name; words that name a body, a place or a post.
export const NOT_FIRST =
  /^(?:The|This|That|These|Its|His|Her|Their|Our|Your|My|Mr|Ms|Mrs|Dr|All|Each|Both|Member)\b/;
export const NOT_A_NAME =
  /\b(?:Group|Groups|Committee|Council|Panel|Forum|Ministry|Department|Office|Union|Organi[sz]ation|Government|Secretariat|Commission|Bureau|Board|Agency|Institute|Centre|Center|Foundation|University|Association|Network|Nations|Republic|Kingdom|States|Federation|Assembly|Conference|Session|Meeting|Chair|Chairman|Chairperson|President|Minister|Secretary|Director|Ambassador|Representative|Delegation|Mission|Team|Coalition|Initiative|Programme|Program|Summit|Court|Bank|Fund|Society|Community|Coordinator|Facilitator|Envoy|Rapporteur|Africa|America|Asia|Europe|Pacific|Arab|Islamic|Internet|Digital|Global|International|National|Regional|Special|General|Executive|Vice|Deputy)\b/;

/** The bare name starting at `from` (spaces skipped), as a Person mention; undefined when it is no name. */
export function barePersonAt(ctx: DocContext, p: Passage, from: number, to: number): Mention | undefined {
  const bare = bareNameAt(ctx, from, to);
  return bare ? addBarePerson(ctx, p, bare.name, bare.start, 'chaired-by:bare-name') : undefined;
}

/** The bare name starting at `from` (spaces skipped) and where it starts, without making the person. */
export function bareNameAt(
  ctx: DocContext,
  from: number,
  to: number,
): { name: string; start: number } | undefined {
  const text = ctx.doc.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const m = BARE.exec(text.slice(lead));
  if (!m) return undefined;
  const name = m[1]!;
  if (NOT_FIRST.test(name) || NOT_A_NAME.test(name)) return undefined;
  if (ctx.gazetteer.match(name).length > 0) return undefined;
  const start = from + lead;
  // A name another rule already read there (a body, a State, a place) is not a person's.
  if (mentionsOverlapping(ctx, start, start + name.length).length > 0) return undefined;
  return { name, start };
}

/**
 * The Person a bare name at `start` names, as a node and a mention (its rule named); its quote may start
 * before the name, at `quoteFrom` (a style that stands for the honorific: "His Excellency, X").
 */
export function addBarePerson(
  ctx: DocContext,
  p: Passage,
  name: string,
  start: number,
  rule: string,
  honorific?: string,
  quoteFrom = start,
): Mention {
  const end = start + name.length;
  const id = personId(name);
  const source = sourceAt(ctx, p, quoteFrom, end);
  addNode(
    ctx,
    { id, type: 'Person', name, ...(honorific ? { properties: props({ honorific }) } : {}), source },
    rule,
  );
  const mention: Mention = { id, type: 'Person', name, start, end, surface: name, passage: p };
  addMention(ctx, mention);
  return mention;
}
