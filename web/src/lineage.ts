// Lineage paths → one drawing. Each hop is drawn in the direction it was walked
// (REFERENCES read backwards: the later instrument cites the earlier one), so a
// left-to-right dagre layout reads in time order: Tunis Agenda → A/RES/70/125 →
// WGEC 2016–2018 → its report (MODEL.md, "Mandate lineage").

import { edgeCaption } from './graph/elements.ts';
import type { Entity, LineagePath, Relationship } from './types.ts';

export interface DrawnHop {
  /** Relationship id (TYPE|from|to): the evidence key. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly caption: string;
  readonly relationship: Relationship;
}

export function lineageDrawing(paths: readonly LineagePath[]): { nodes: Entity[]; hops: DrawnHop[] } {
  const nodes = new Map<string, Entity>();
  const hops = new Map<string, DrawnHop>();
  for (const p of paths) {
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const h of p.hops) {
      const r = h.relationship;
      if (hops.has(r.id)) continue;
      const [from, to] = h.forward ? [r.from, r.to] : [r.to, r.from];
      // Drawn against its direction, a REFERENCES arrow would read "A references B" the wrong way round.
      const caption = h.forward ? edgeCaption(r) : `cited by (${edgeCaption(r)})`;
      hops.set(r.id, { id: r.id, from, to, caption, relationship: r });
    }
  }
  return { nodes: [...nodes.values()], hops: [...hops.values()] };
}

/** The "Trace to" choices: every body, report or review the unrestricted lineage from `origin`
 * reaches, by type then name. Derived from the lineage fetched for the node itself, never from
 * earlier navigation, so a reload or a shared link offers the same choices as arriving by click. */
export function lineageTargets(paths: readonly LineagePath[], origin: string): Entity[] {
  return lineageDrawing(paths)
    .nodes.filter((n) => n.id !== origin)
    .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The paths as readable lines, e.g. "Tunis Agenda → (REFERENCES ¶69-71, read backwards) → A/RES/70/125". */
export function pathText(p: LineagePath): string {
  const parts: string[] = [p.nodes[0]?.name ?? '?'];
  p.hops.forEach((h, i) => {
    const cap = edgeCaption(h.relationship);
    parts.push(`—${cap}${h.forward ? '' : ' (cited by)'}→`, p.nodes[i + 1]?.name ?? '?');
  });
  return parts.join(' ');
}
