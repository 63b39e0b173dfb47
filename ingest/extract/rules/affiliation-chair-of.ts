// "Chair of …" in a chain of posts (rules/affiliation-claims.ts): which body is chaired, known or named.

import type { Passage } from '../../types.ts';
import { addNode, type DocContext, lastMentionBefore, type sourceAt } from '../context.ts';
import type { AffiliationPart } from './affiliation.ts';
import { chairedWords } from './affiliation-chaired-words.ts';
import { orgFromPart } from './affiliation-org.ts';
import { bodyGoesOn } from './chair-body-goes-on.ts';
import { chairOfNamed } from './chair-of-named.ts';
import { addChaired } from './chaired-claim.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { hyphenedAcronym } from './hyphened-acronym.ts';

/** "Acting Chair of the twentieth session of the Commission …" → CHAIRED the Commission. */
export function chairOf(
  ctx: DocContext,
  p: Passage,
  personId: string,
  c: AffiliationPart,
  source: ReturnType<typeof sourceAt>,
): void {
  // A Member State in the words says where the body is ("Chair of the … of the National IGF in Japan"),
  // not which body is chaired.
  const orgs = ctx.gazetteer
    .match(c.text)
    .filter(
      (m) =>
        m.entry.type === 'Organization' &&
        m.entry.kind !== 'member-state' &&
        !bodyGoesOn(c.text.slice(m.end)),
    )
    // "Chair of UN-Water" chairs UN-Water, not the United Nations (hyphened-acronym.ts).
    .filter((m) => !hyphenedAcronym(c.text, m.end, m.surface === m.entry.acronym));
  let target = orgs[orgs.length - 1]?.entry.id;
  if (!target && /\b(Working Group|Group)\b/.test(c.text)) target = ctx.state.get('workingGroup');
  // "Co-Chair of the Bill & Melinda Gates Foundation": a body named here that nothing else knows is the
  // one chaired, not the last working group of the document.
  // The body's name ends before what its chair is for or since when (chair-of-named.ts).
  const named = chairOfNamed(c.text);
  // Where the body's words start: what the chair is for, or a second post, may follow them.
  const at = named ? c.start + named.index + named[0].indexOf(named[1]!) : 0;
  if (!target && named) {
    const known = chairedWords(ctx, named[1]!, at);
    if (known === null) return;
    target = known;
  }
  // A plenary is a gathering of the body, no body of its own.
  if (!target && named && !/\b(?:session|meeting|plenary|Working Group|Group)\b/i.test(named[1]!)) {
    target = orgFromPart(ctx, p, { kind: 'org', start: at, end: c.end, text: named[1]! }, [c]);
  }
  if (!target) target = lastMentionBefore(ctx, c.end + 1, (m) => m.type === 'WorkingGroup')?.id;
  if (!target) return;
  if (orgs.length > 0) {
    const e = orgs[orgs.length - 1]!.entry;
    addNode(ctx, entryNode(e, source), 'chair');
  }
  addChaired(ctx, personId, target, c.role, source, 'chair');
}
