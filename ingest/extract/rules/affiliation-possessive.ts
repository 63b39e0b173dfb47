// A post written after the possessive of the body it is held in, one link of an affiliation chain
// (affiliation.ts): "Dr A B, UNDP’s Administrator", "Mr X, UNESCO’s focal point for the Programme" (UNESCO news
// items name the officers who open a meeting so). The link is that body's post, never a body named "UNDP’s
// Administrator": AFFILIATED_WITH the body the gazetteer knows, titled by the words after the "'s". A State's
// posts are left to people-possessive-posts.ts; an unknown body's possessive names nothing.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';

// The body's name, the possessive, the post (a capital or lower-case word first, at most 120 characters:
// "Deputy Director General with responsibility for the Communication and Information Sector").
const POSSESSIVE = /^(\p{Lu}[^,;:()’']{0,80}?)['’]s\s+(\p{L}[^,;:()]{0,120})$/u;

/**
 * The body and the post of "<body>’s <post>": the gazetteer's entry when it names the body whole (no Member
 * State); `null` when the link is a possessive of a body it does not know (no body of that name either).
 */
export function possessivePost(
  ctx: DocContext,
  raw: string,
): { entry: GazetteerEntry; post: string } | null | undefined {
  if (!raw.includes('’s ') && !raw.includes("'s ")) return undefined;
  const m = POSSESSIVE.exec(raw);
  if (!m) return undefined;
  // A body the gazetteer names so whole is that body: "Secretary General’s Envoy on Technology" (an address's
  // salutation to the Envoy) is the Envoy's office.
  const whole = ctx.gazetteer.match(raw);
  if (whole.some((g) => g.entry.type === 'Organization' && g.start <= 1 && g.end >= raw.length - 1))
    return undefined;
  const name = m[1]!;
  const body = ctx.gazetteer
    .match(name)
    .find((g) => g.entry.type === 'Organization' && g.start === 0 && g.end >= name.length - 1);
  if (body?.entry.kind === 'member-state') return null;
  // An unknown name in capitals only is a body's possessive ("Examplecorp’s Director"); with lower-case words it
  // may be a post before a body whose own name holds the "'s" ("Executive Director of the United Nations
  // Children’s Fund"): left to the chain's other links.
  if (!body) return /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*$/u.test(name) ? null : undefined;
  return { entry: body.entry, post: m[2]!.trimEnd() };
}
