// Lineage paths → one drawing. Each hop is drawn forward in time (REFERENCES read
// backwards: the later instrument cites the earlier one; a walk up to where a node
// came from drawn reversed), so a left-to-right dagre layout reads in time order: Tunis Agenda → A/RES/70/125 →
// WGEC 2016–2018 → its report (MODEL.md, "Mandate lineage").

import { edgeCaption } from './graph/elements.ts';
import type { EntitySummary, LineagePath, Relationship } from './types.ts';

export interface DrawnHop {
  /** Relationship id (TYPE|from|to): the evidence key. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly caption: string;
  readonly relationship: Relationship;
}

// How a relationship drawn against its direction reads: an instrument is cited by the later one that
// REFERENCES it ("A/RES/70/125 REFERENCES the Tunis Agenda", drawn Tunis Agenda → A/RES/70/125), a group
// is succeeded by the one that SUCCEEDS it (WGEC 2016–2018 SUCCEEDS WGEC 2013–2014).
const AGAINST: Readonly<Record<string, string>> = { REFERENCES: 'cited by', SUCCEEDS: 'succeeded by' };
const against = (type: string): string => AGAINST[type] ?? 'reverse of';
// "cited by (REFERENCES, line 16)": the caption's own brackets folded into the outer ones, not nested.
const againstCaption = (r: Relationship) =>
  `${against(r.type)} (${edgeCaption(r).replace(/ \((.*)\)$/, ', $1')})`;

/**
 * Paths walked down (what a node led to) are drawn in walk order; paths walked up (where it came
 * from) are drawn reversed, so either way the drawing reads forward in time, left to right.
 */
export function lineageDrawing(
  paths: readonly LineagePath[],
  direction: 'down' | 'up' = 'down',
): { nodes: EntitySummary[]; hops: DrawnHop[] } {
  const nodes = new Map<string, EntitySummary>();
  const hops = new Map<string, DrawnHop>();
  for (const p of paths) {
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const h of p.hops) {
      const r = h.relationship;
      if (hops.has(r.id)) continue;
      const walked = h.forward ? [r.from, r.to] : [r.to, r.from];
      const [from, to] = direction === 'up' ? [walked[1]!, walked[0]!] : [walked[0]!, walked[1]!];
      // Drawn against its direction, a REFERENCES arrow would read "A references B" the wrong way round.
      const caption = from === r.from ? edgeCaption(r) : againstCaption(r);
      hops.set(r.id, { id: r.id, from, to, caption, relationship: r });
    }
  }
  return { nodes: [...nodes.values()], hops: [...hops.values()] };
}

/** The "Trace to" (or "Trace from") choices: every body, report or review the unrestricted lineage from `origin`
 * reaches, by type then name. Derived from the lineage fetched for the node itself, never from
 * earlier navigation, so a reload or a shared link offers the same choices as arriving by click. */
export function lineageTargets(paths: readonly LineagePath[], origin: string): EntitySummary[] {
  return lineageDrawing(paths)
    .nodes.filter((n) => n.id !== origin)
    .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The paths as readable lines, e.g. "Tunis Agenda → (REFERENCES ¶69-71, read backwards) → A/RES/70/125". */
export function pathText(p: LineagePath): string {
  const parts: string[] = [p.nodes[0]?.name ?? '?'];
  p.hops.forEach((h, i) => {
    const cap = edgeCaption(h.relationship);
    parts.push(
      `—${cap}${h.forward ? '' : ` (${against(h.relationship.type)})`}→`,
      p.nodes[i + 1]?.name ?? '?',
    );
  });
  return parts.join(' ');
}
