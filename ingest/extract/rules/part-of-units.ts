// An address or post written unit by unit (rules/part-of.ts): "… CSTD secretariat, Science and Technology
// Section, Division on Technology and Logistics" says each unit is PART_OF the next one named. A unit the
// gazetteer does not know ("Science and Technology Section") is made a UN body from its words.

import { addEdge, addNode, type DocContext, type Mention, mentionsIn, sourceAt } from '../context.ts';

const UNIT =
  /^(?:[A-Z][\w-]*\s+(?:(?:and|of|for|on)\s+)?){0,6}(?:Section|Division|Department|Directorate|Office|Unit|Branch|Service|Secretariat)\b(?:\s+(?:on|of|for)\s+(?:[A-Z][\w-]*|and)(?:\s+(?:[A-Z][\w-]*|and))*)?/;

/** "A secretariat, B Section, C Division, …": each unit is part of the next one named. */
export function unitChains(ctx: DocContext): void {
  for (const p of ctx.passages) {
    const orgs = mentionsIn(ctx, p.start, p.end, 'Organization');
    for (const first of orgs) {
      // Walk the chain: a unit found here ("Science and Technology Section") is part of the next one too.
      for (let o: Mention | undefined = first, hops = 0; o && hops < 6; hops++) {
        const rest = ctx.doc.text.slice(o.end, p.end);
        const comma = /^\s*,\s*/.exec(rest);
        if (!comma) break;
        const at: number = o.end + comma[0].length;
        const next: Mention | undefined = orgs.find((x) => x.start === at) ?? unitAt(ctx, p, at);
        if (!next || next.id === o.id) break;
        const isUnit = UNIT.test(o.surface) || /secretariat/i.test(o.surface);
        if (!isUnit) break;
        addEdge(
          ctx,
          { type: 'PART_OF', from: o.id, to: next.id, source: sourceAt(ctx, p, o.start, next.end) },
          'part-of:units',
        );
        // A body already in the list is walked from on its own turn.
        o = orgs.includes(next) ? undefined : next;
      }
    }
  }
}

function unitAt(ctx: DocContext, p: Mention['passage'], at: number): Mention | undefined {
  const m = UNIT.exec(ctx.doc.text.slice(at, p.end));
  if (!m) return undefined;
  const id = `organization:${m[0]
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  const mention: Mention = {
    id,
    type: 'Organization',
    name: m[0],
    start: at,
    end: at + m[0].length,
    surface: m[0],
    passage: p,
  };
  addNode(
    ctx,
    {
      id,
      type: 'Organization',
      name: m[0],
      properties: { kind: 'un-body' },
      source: sourceAt(ctx, p, at, at + m[0].length),
    },
    'part-of:units',
  );
  ctx.mentions.push(mention);
  return mention;
}
