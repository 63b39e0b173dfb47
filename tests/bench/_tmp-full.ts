import { loadSyntheticGraph } from './synthetic-graph.ts';
const r = await loadSyntheticGraph('/tmp/store-embedded/full/atlas.lbug', { scale: 1 });
console.log('loaded', r.elements, r.loadMs);
