// Lineage between two nodes. The store's shortest paths alone would often
// answer with a shortcut: the WGEC's report cites the Tunis Agenda directly,
// so the shortest Tunis Agenda → report path skips the mandate chain users
// ask about (MODEL.md "Mandate lineage": Tunis Agenda ¶69–71 → A/RES/70/125
// ¶65 → WGEC 2016–2018 → its report). So the directed lineage walks from
// `from` (down and up) are cut where they reach `to` and come first; the
// shortest paths over the lineage types follow. Shorter paths first.

import { LINEAGE_TYPES } from '../../cypher/model/relationships.ts';
import type { Path, Store } from '../../cypher/store/store.ts';

function cutAt(path: Path, to: string): Path | null {
  const i = path.nodes.findIndex((n) => n.id === to);
  return i < 0 ? null : { nodes: path.nodes.slice(0, i + 1), hops: path.hops.slice(0, i) };
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
    store.lineage(from, 'up', maxHops),
    store.paths(from, to, LINEAGE_TYPES, maxHops),
  ]);
  const directed = [...down, ...up].map((p) => cutAt(p, to)).filter((p): p is Path => p !== null);
  const seen = new Set<string>();
  const out: Path[] = [];
  for (const p of [...directed.sort((a, b) => a.hops.length - b.hops.length), ...shortest]) {
    const k = key(p);
    if (p.hops.length === 0 || seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}
