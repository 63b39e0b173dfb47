// A body named in a chain of posts (rules/affiliation.ts) as a node: the gazetteer's entry, or a new
// organisation with the kind its name suggests (rules/affiliation-kinds.ts) and a mention where it stands.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { Passage } from '../../types.ts';
import { idFor, props } from '../claims.ts';
import { addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import type { AffiliationPart } from './affiliation.ts';
import { guessKind } from './affiliation-kinds.ts';
import { entryNode } from './gazetteer-mentions.ts';

/** The gazetteer entry a body's name opens with ("ITU" in "ITU Telecommunication Development Bureau"). */
function nameHead(ctx: DocContext, name: string): GazetteerEntry | undefined {
  const m = ctx.gazetteer.match(name)[0];
  return m?.start === 0 && m.end < name.length ? m.entry : undefined;
}

export function orgFromPart(
  ctx: DocContext,
  p: Passage,
  part: AffiliationPart,
  chain: readonly AffiliationPart[],
): string {
  const source = sourceAt(ctx, p, part.start, part.end);
  if (part.entry) {
    const e = part.entry;
    addNode(ctx, entryNode(e, source), 'affiliation');
    return e.id;
  }
  const id = idFor('Organization', part.text);
  addNode(
    ctx,
    {
      id,
      type: 'Organization',
      name: part.text,
      properties: props({ kind: guessKind(part.text, chain, nameHead(ctx, part.text)) }),
      source,
    },
    'affiliation',
  );
  addMention(ctx, {
    id,
    type: 'Organization',
    name: part.text,
    start: part.start,
    end: part.end,
    surface: part.text,
    passage: p,
  });
  return id;
}
