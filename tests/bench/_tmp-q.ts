import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
const path = '/tmp/store-embedded/b05/atlas.lbug';
const s = await openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 60000 });
for (const id of ['person:person-10', 'meeting:meeting-5', 'person:person-10']) {
  let t = performance.now();
  const g = await s.neighbourhood({ ids: [id], depth: 2, limit: 200 }); console.error('nb', Math.round(performance.now() - t), g.nodes.length, g.edges.length); t = performance.now();
}
await s.close();
