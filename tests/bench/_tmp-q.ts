import { existsSync } from 'node:fs';
import { loadSyntheticGraph, buildSyntheticGraph } from './synthetic-graph.ts';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
const path = '/tmp/store-embedded/b05/atlas.lbug';
if (!existsSync(path)) { const r = await loadSyntheticGraph(path, { scale: 0.05 }); console.log('load', r.loadMs); }
const s = await openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 60000 });
for (const id of ['person:person-10', 'meeting:meeting-5', 'resolution:resolution-3']) {
  let t = performance.now();
  await s.node(id); console.log('node', performance.now() - t); t = performance.now();
  await s.edgesOf([id]); console.log('edgesOf', performance.now() - t); t = performance.now();
  await s.neighbourhood({ ids: [id], depth: 2, limit: 200 }); console.log('nb', performance.now() - t); t = performance.now();
}
await s.close();
