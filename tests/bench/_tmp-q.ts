import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
const path = process.argv[2] ?? '/tmp/store-embedded/b05/atlas.lbug';
const s = await openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 60000 });
for (const id of ['person:person-10', 'meeting:meeting-5', 'resolution:resolution-3', 'theme:theme-7']) {
  let t = performance.now();
  const g = await s.neighbourhood({ ids: [id], depth: 2, limit: 200 }); console.error('nb', id, Math.round(performance.now() - t), g.nodes.length, g.edges.length); t = performance.now();
  const l = await s.lineage(id, 'down', 6); console.error('lineage', id, Math.round(performance.now() - t), l.length);
}
await s.close();
