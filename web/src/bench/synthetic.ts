// Synthetic graphs for `npm run bench:web`: n elements (nodes + edges) shaped
// like the atlas (a few hubs, many leaves, some cross links), deterministic.

import type { ElementDefinition } from 'cytoscape';
import { NODE_LEGEND } from '../model-legend.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About 40 % nodes and 60 % edges, like the seed graph. */
export function syntheticElements(total: number, seed = 7): ElementDefinition[] {
  const rand = rng(seed);
  const nodes = Math.max(2, Math.round(total * 0.4));
  const edges = total - nodes;
  const out: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++) {
    const st = NODE_LEGEND[i % NODE_LEGEND.length]!;
    out.push({
      group: 'nodes',
      data: { id: `n${i}`, label: `${st.key} ${i}`, type: st.key, color: st.color, shape: st.shape },
    });
  }
  const seen = new Set<string>();
  for (let i = 0; out.length < nodes + edges && i < edges * 3; i++) {
    // Preferential-ish attachment: each node links to an earlier one, hubs more often.
    const a = 1 + Math.floor(rand() * (nodes - 1));
    const b = rand() < 0.5 ? Math.floor(rand() * Math.min(a, 20)) : Math.floor(rand() * a);
    const id = `e${a}-${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      group: 'edges',
      data: { id, source: `n${a}`, target: `n${b}`, type: 'PART_OF', label: 'PART_OF', color: '#6e6e6e' },
    });
  }
  return out;
}
