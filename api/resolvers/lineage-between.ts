// Lineage between two nodes. The store's shortest paths alone would often
// answer with a shortcut: the WGEC's report cites the Tunis Agenda directly,
// so the shortest Tunis Agenda → report path skips the mandate chain users
// ask about (MODEL.md "Mandate lineage": Tunis Agenda ¶69–71 → A/RES/70/125
// ¶65 → WGEC 2016–2018 → its report). The lineage walks visit each node once,
// so the chains are found by meeting in the middle: for every node X reached
// both going down from `from` and going up from `to`, the path from → X → to.
// Those come first, the shortest chain through at least one intermediate node
// first (a direct hop is already the shortest path; chains explain it); the
// shortest paths follow. A chain joins two walks that each went forward in time; it is kept only if it
// does at the join too (cypher/store/lineage-time.ts): from the Tunis Agenda down to A/RES/80/173 (2025)
// and up from A/RES/70/125 (2015) to the General Assembly that PRODUCED it meet at the Assembly, and that
// chain would lead from 2025 back to 2015.

import { LINEAGE_TYPES } from '../../cypher/model/relationship-sets.ts';
import { forwardInTime } from '../../cypher/store/lineage-time.ts';
import type { Hop, Path, Store } from '../../cypher/store/store.ts';

/** The path from the walk's start to every node the walk reached. */
function prefixes(paths: readonly Path[]): Map<string, Path> {
  const out = new Map<string, Path>();
  for (const p of paths)
    p.nodes.forEach((n, i) => {
      if (!out.has(n.id)) out.set(n.id, { nodes: p.nodes.slice(0, i + 1), hops: p.hops.slice(0, i) });
    });
  return out;
}

/** A path walked the other way: nodes reversed, each hop's direction flipped. */
function reversed(p: Path): Path {
  const hops: Hop[] = [...p.hops].reverse().map((h) => ({ edge: h.edge, forward: !h.forward }));
  return { nodes: [...p.nodes].reverse(), hops };
}

const key = (p: Path) => p.hops.map((h) => `${h.edge.type}|${h.edge.from}|${h.edge.to}`).join('/');

export async function lineageBetween(
  store: Store,
  from: string,
  to: string,
  maxHops: number,
): Promise<Path[]> {
  const [down, up, shortest] = await Promise.all([
    store.lineage(from, 'down', maxHops),
    store.lineage(to, 'up', maxHops),
    store.paths(from, to, LINEAGE_TYPES, maxHops),
  ]);
  const fromStart = prefixes(down);
  const toEnd = prefixes(up);
  const chains: Path[] = [];
  for (const [id, head] of fromStart) {
    const tail = toEnd.get(id);
    if (!tail) continue;
    const back = reversed(tail);
    const path = { nodes: [...head.nodes, ...back.nodes.slice(1)], hops: [...head.hops, ...back.hops] };
    const simple = new Set(path.nodes.map((n) => n.id)).size === path.nodes.length;
    if (simple && path.hops.length > 0 && path.hops.length <= maxHops && forwardInTime(path.nodes))
      chains.push(path);
  }
  const seen = new Set<string>();
  const out: Path[] = [];
  const rank = (p: Path) => (p.hops.length === 1 ? Number.POSITIVE_INFINITY : p.hops.length);
  for (const p of [...chains.sort((a, b) => rank(a) - rank(b)), ...shortest]) {
    const k = key(p);
    if (p.hops.length === 0 || seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}
