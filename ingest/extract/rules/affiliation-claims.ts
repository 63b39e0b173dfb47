// Turns an affiliation chain into facts: AFFILIATED_WITH the organisation (or
// Member State) with the title held, CHAIRED for "Chair of …", the country of
// an organisation as its property, new organisations with a kind guessed from
// their head word.

import type { Passage } from '../../types.ts';
import { idFor, props } from '../claims.ts';
import { addEdge, addNode, type DocContext, removeNodeClaim, sourceAt } from '../context.ts';
import { parseAffiliation } from './affiliation.ts';
import { affiliationAfterName } from './affiliation-after.ts';
import { bracketAffiliation } from './affiliation-bracket.ts';
import { chairOf } from './affiliation-chair-of.ts';
import { orgFromPart } from './affiliation-org.ts';
import { stateBodiesAsTitles } from './affiliation-state-bodies.ts';
import { statePost } from './affiliation-state-posts.ts';
import { addChaired } from './chaired-claim.ts';

// A module function, not a closure per call: tsx (esbuild's keepNames) names every closure as it is made,
// a property defined on each new function (half a per cent of the time on the synthetic corpus).
function affiliate(
  ctx: DocContext,
  personId: string,
  id: string,
  titles: readonly string[],
  source: ReturnType<typeof sourceAt>,
): void {
  addEdge(
    ctx,
    {
      type: 'AFFILIATED_WITH',
      from: personId,
      to: id,
      properties: props({ title: titles.join(', ') }),
      source,
    },
    'affiliation',
  );
}

export function affiliationClaims(
  ctx: DocContext,
  p: Passage,
  personId: string,
  from: number,
  qStart?: number,
  qEnd?: number,
): void {
  if (bracketAffiliation(ctx, p, personId, from)) return;
  if (affiliationAfterName(ctx, p, personId, from)) return;
  // A quote span given by the caller (one line of a signature block) is also where the chain ends.
  const chain = stateBodiesAsTitles(
    parseAffiliation(ctx, from, Math.min(p.end, from + 400, qEnd ?? Number.POSITIVE_INFINITY)),
  );
  if (chain.length === 0) return;
  const source = sourceAt(ctx, p, qStart ?? from, qEnd ?? chain[chain.length - 1]!.end);
  const orgIdx = chain.map((c, i) => (c.kind === 'org' ? i : -1)).filter((i) => i >= 0);
  const lastOrg = orgIdx[orgIdx.length - 1];
  const titles: string[] = [];
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i]!;
    if (c.kind === 'title') {
      if (c.entry && c.entry.type === 'Organization') {
        const id = orgFromPart(ctx, p, { ...c, kind: 'org' }, chain);
        // A State's post keeps its portfolio ("Minister of … of <State>", affiliation-state-posts.ts).
        const state = c.entry.kind === 'member-state' && !c.post ? statePost(ctx, c.text) : undefined;
        const title = c.post ?? state ?? c.text.replace(/\s+of\s+(?:the\s+)?.*$/, '');
        addEdge(
          ctx,
          { type: 'AFFILIATED_WITH', from: personId, to: id, properties: props({ title }), source },
          'affiliation',
        );
      } else if (c.body) {
        const id = orgFromPart(ctx, p, { kind: 'org', ...c.body }, chain);
        const title =
          c.post ?? c.text.slice(0, c.text.length - c.body.text.length).replace(/\s+of\s+(?:the\s+)?$/, '');
        addEdge(
          ctx,
          { type: 'AFFILIATED_WITH', from: personId, to: id, properties: props({ title }), source },
          'affiliation',
        );
      } else if (!/^as\b/.test(c.text)) titles.push(c.text);
      continue;
    }
    if (c.kind === 'chair') {
      // "Mr. X, Chair, CSTD": the body after a bare "Chair" is the one chaired.
      const next = chain[i + 1];
      if (!/\bof\b/.test(c.text) && next?.entry && next.kind === 'org') {
        const id = orgFromPart(ctx, p, next, chain);
        addChaired(ctx, personId, id, c.role, source, 'chair');
        titles.push(c.text);
        continue;
      }
      chairOf(ctx, p, personId, c, source);
      continue;
    }
    if (c.kind === 'org' && (i === lastOrg || c.entry)) {
      const id = orgFromPart(ctx, p, c, chain);
      affiliate(ctx, personId, id, titles, source);
      titles.length = 0;
      continue;
    }
    if (c.kind === 'org') {
      titles.push(c.text);
      continue;
    }
    if (c.kind === 'country' && c.entry) {
      const orgBefore = chain
        .slice(0, i)
        .filter((x) => x.kind === 'org')
        .pop();
      if (orgBefore) {
        // "University of Aarhus, Denmark": where the organisation is, not a Member State taking part.
        const i2 = ctx.claims.nodes.findIndex(
          (n) => n.rule === 'gazetteer' && n.id === c.entry!.id && n.at === c.start,
        );
        if (i2 >= 0) removeNodeClaim(ctx, i2);
        const orgId = orgBefore.entry?.id ?? idFor('Organization', orgBefore.text);
        if (!orgBefore.entry)
          addNode(
            ctx,
            {
              id: orgId,
              type: 'Organization',
              name: orgBefore.text,
              properties: props({ country: c.entry.name }),
              source,
            },
            'affiliation:country',
          );
        continue;
      }
      const id = orgFromPart(ctx, p, { ...c, kind: 'org' }, chain);
      affiliate(ctx, personId, id, titles, source);
      // The posts before a State are its: "• X, MP, Maldives, <a parliamentary body>" (an IGF roundtable's
      // speakers) holds no seat in the body named after the State.
      titles.length = 0;
    }
  }
}
