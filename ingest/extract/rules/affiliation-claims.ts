// Turns an affiliation chain into facts: AFFILIATED_WITH the organisation (or
// Member State) with the title held, CHAIRED for "Chair of …", the country of
// an organisation as its property, new organisations with a kind guessed from
// their head word.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { Passage } from '../../types.ts';
import { idFor, props } from '../claims.ts';
import {
  addEdge,
  addMention,
  addNode,
  type DocContext,
  lastMentionBefore,
  removeNodeClaim,
  sourceAt,
} from '../context.ts';
import { type AffiliationPart, parseAffiliation } from './affiliation.ts';
import { affiliationAfterName } from './affiliation-after.ts';
import { bracketAffiliation } from './affiliation-bracket.ts';
import { chairedWords } from './affiliation-chaired-words.ts';
import { guessKind } from './affiliation-kinds.ts';
import { stateBodiesAsTitles } from './affiliation-state-bodies.ts';
import { bodyGoesOn } from './chair-body-goes-on.ts';
import { chairOfNamed } from './chair-of-named.ts';
import { addChaired } from './chaired-claim.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { hyphenedAcronym } from './hyphened-acronym.ts';

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
  const affiliate = (id: string) =>
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
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i]!;
    if (c.kind === 'title') {
      if (c.entry && c.entry.type === 'Organization') {
        const id = orgFromPart(ctx, p, { ...c, kind: 'org' }, chain);
        const title = c.post ?? c.text.replace(/\s+of\s+(?:the\s+)?.*$/, '');
        addEdge(
          ctx,
          { type: 'AFFILIATED_WITH', from: personId, to: id, properties: props({ title }), source },
          'affiliation',
        );
      } else if (c.body) {
        const id = orgFromPart(ctx, p, { kind: 'org', ...c.body }, chain);
        const title = c.text.slice(0, c.text.length - c.body.text.length).replace(/\s+of\s+(?:the\s+)?$/, '');
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
      affiliate(id);
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
      affiliate(id);
    }
  }
}

/** "Acting Chair of the twentieth session of the Commission …" → CHAIRED the Commission. */
function chairOf(
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
  if (!target && named) {
    const known = chairedWords(ctx, named[1]!, c.start + named.index + named[0].length - named[1]!.length);
    if (known === null) return;
    target = known;
  }
  // A plenary is a gathering of the body, no body of its own.
  if (!target && named && !/\b(?:session|meeting|plenary|Working Group|Group)\b/i.test(named[1]!)) {
    const at = c.start + named.index + named[0].length - named[1]!.length;
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
