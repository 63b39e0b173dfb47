import { openConnections } from '../../cypher/embedded/connections.ts';
import { readEdgeEnds, readEdgesAmong, readEdgesBetween, readEdgesOf, readNodesById } from '../../cypher/embedded/edge-reads.ts';
import { walkNeighbourhood, walkLineage, type EdgeReader } from '../../cypher/store/graph-walk.ts';
const c = await openConnections(process.argv[2] ?? '/tmp/store-embedded/b05/atlas.lbug', 60000);
const read = c.read;
const base = { edgesOf: (i: readonly string[], t?: any) => readEdgesOf(read, i, t), nodesById: (i: readonly string[]) => readNodesById(read, i) };
const variants: Record<string, EdgeReader> = {
  full: base,
  between: { ...base, endsOf: (i, t) => readEdgeEnds(read, i, t), edgesBetween: (p, t) => readEdgesBetween(read, p, t) },
  among: { ...base, endsOf: (i, t) => readEdgeEnds(read, i, t), edgesAmong: (i, t) => readEdgesAmong(read, i, t) },
};
const ids = ['person:person-10', 'meeting:meeting-5', 'resolution:resolution-3', 'theme:theme-7', 'organization:organization-9', 'document:document-20'];
for (let round = 0; round < 2; round++)
  for (const [name, r] of Object.entries(variants)) {
    let t = performance.now();
    for (const id of ids) await walkNeighbourhood({ ids: [id], depth: 2, limit: 200 }, r);
    const nb = (performance.now() - t) / ids.length; t = performance.now();
    for (const id of ids) await walkLineage(id, 'down', 6, r);
    console.log(round, name, 'nb', nb.toFixed(0), 'lineage', ((performance.now() - t) / ids.length).toFixed(0));
  }
await c.close();
