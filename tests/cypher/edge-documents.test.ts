// LadybugDB relationships keep no `documents` list (cypher/store/columns.ts
// embeddedEdgeColumns): replaceDocument finds a document's relationships by the
// text its sources start with (sources-encoding.ts sourceMarker). That must
// find exactly the relationships citing the document, whatever the quotes and
// locators hold, and a database made before the change must open with every
// fact kept. Nodes keep their `documents` list, which the bulk path must write
// whatever a document id holds.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConnections } from '../../cypher/embedded/connections.ts';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import { migrateSchema } from '../../cypher/embedded/migrate.ts';
import type { Graph, GraphEdge } from '../../cypher/model/graph.ts';
import { NODE_LABELS } from '../../cypher/model/labels.ts';
import {
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  type RelationshipSpec,
} from '../../cypher/model/relationships.ts';
import { sourceMarker } from '../../cypher/store/sources-encoding.ts';
import { buildSyntheticGraph } from '../bench/synthetic-graph.ts';
import { atlasGraph, canonical, RES_DOC } from './fixtures/atlas-graph.ts';
import { rawStatements } from './fixtures/raw-engine.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-edge-documents-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(root, `db-${n++}`, 'atlas.lbug');
const open = (path: string) => openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 60_000 });

/** What the graph holds once `documentId` is withdrawn (docs/storage.md "Deleting"). */
function withoutDocument(g: Graph, documentId: string): Graph {
  const nodes = g.nodes
    .map((x) => ({ ...x, sources: x.sources.filter((s) => s.document !== documentId) }))
    .filter((x) => x.sources.length);
  const ids = new Set(nodes.map((x) => x.id));
  const edges = g.edges
    .map((e) => ({ ...e, sources: e.sources.filter((s) => s.document !== documentId) }))
    .filter((e) => e.sources.length && ids.has(e.from) && ids.has(e.to));
  return { nodes, edges };
}

/** Runs statements on a closed database directly (the store holds the only lock while open). */
const raw = (path: string, statements: readonly string[]) => rawStatements(path, statements);

describe('sourceMarker', () => {
  it.each([
    ['document:a', '[{"document":"document:a","locator":"p","quote":"q"}]', true],
    ['document:a', '[{"document":"document:ab","locator":"p","quote":"q"}]', false],
    ['document:a', '[{"document":"x","locator":"{\\"document\\":\\"document:a\\",","quote":"q"}]', false],
    ['document:a', '[{"document":"document:a\\",\\"locator\\":\\"p","locator":"p","quote":"q"}]', false],
    ['odd "id"', '[{"document":"odd \\"id\\"","locator":"p","quote":"q"}]', true],
  ])('%s in %s: %s', (id, text, found) => {
    expect(text.includes(sourceMarker(id))).toBe(found);
  });
});

describe('replaceDocument on relationships with no documents list', () => {
  it('finds exactly the relationships citing the document, after a bulk load', async () => {
    const g = buildSyntheticGraph({ scale: 0.01 });
    const target = g.edges[0]!.sources[0]!.document; // e.g. document:document-5, a prefix of document-50
    // Relationships not citing it whose quotes and locators spell its marker, and a document value that
    // starts with its id.
    const trap = (e: GraphEdge, i: number): GraphEdge =>
      e.sources.some((s) => s.document === target) || i % 4
        ? e
        : {
            ...e,
            sources: [
              ...e.sources.map((s) => ({ ...s, quote: `see ${sourceMarker(target)}"locator":"para 1"}` })),
              { document: `${target}","locator":"para 1`, locator: sourceMarker(target), quote: 'q' },
            ],
          };
    const graph = { nodes: g.nodes, edges: g.edges.map(trap) };
    const citing = graph.edges.filter((e) => e.sources.some((s) => s.document === target)).length;
    expect(citing).toBeGreaterThan(0);
    const store = await open(fresh());
    try {
      await store.upsert(graph); // above the bulk threshold: COPY
      const result = await store.replaceDocument(target, { nodes: [], edges: [] });
      // Every relationship citing it is updated or deleted, and no other one is touched.
      expect(result.edgesUpdated + result.edgesDeleted).toBe(citing);
      expect(canonical(await store.exportGraph())).toEqual(canonical(withoutDocument(graph, target)));
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('a database made with relationship `documents` columns', () => {
  const addOldColumn = RELATIONSHIP_TYPES.map((t) => `ALTER TABLE ${t} ADD documents STRING[]`);

  it('opens with the column dropped and every fact kept; replaceDocument works', async () => {
    const path = fresh();
    const g = atlasGraph();
    const first = await open(path);
    await first.upsert(g);
    await first.close();
    await raw(path, [
      ...addOldColumn,
      ...RELATIONSHIP_TYPES.map((t) => `MATCH ()-[e:${t}]->() SET e.documents = ['document:stale']`),
    ]);
    const store = await open(path);
    try {
      expect(canonical(await store.exportGraph())).toEqual(canonical(g));
      await store.replaceDocument(RES_DOC, { nodes: [], edges: [] });
      expect(canonical(await store.exportGraph())).toEqual(canonical(withoutDocument(g, RES_DOC)));
    } finally {
      await store.close();
    }
    const [info] = await raw(path, ["CALL table_info('MANDATES') RETURN *"]);
    expect((info as { name: string }[]).map((c) => c.name)).toEqual(['sources', 'paragraph']);
  }, 60_000);

  it('takes a first bulk load when it is still empty', async () => {
    const path = fresh();
    await (await open(path)).close();
    await raw(path, addOldColumn);
    const g = buildSyntheticGraph({ scale: 0.005 });
    const store = await open(path);
    try {
      await store.upsert(g);
      expect(canonical(await store.exportGraph())).toEqual(canonical(g));
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('document ids a CSV list cell cannot hold', () => {
  it('are found by replaceDocument after a bulk load', async () => {
    const g = buildSyntheticGraph({ scale: 0.005 });
    const odd = 'document:a,b]"c';
    const nodes = g.nodes.map((x, i) =>
      i % 7 ? x : { ...x, sources: [...x.sources, { ...x.sources[0]!, document: odd }] },
    );
    const graph = { nodes, edges: g.edges };
    const store = await open(fresh());
    try {
      await store.upsert(graph);
      await store.replaceDocument(odd, { nodes: [], edges: [] });
      expect(canonical(await store.exportGraph())).toEqual(canonical(withoutDocument(graph, odd)));
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('a database already in the current layout', () => {
  it('is read, not altered, at open (an ALTER or CHECKPOINT at every open slowed every later walk)', async () => {
    const path = fresh();
    await (await open(path)).close();
    const conns = await openConnections(path, 60_000);
    const ops: string[] = [];
    try {
      await conns.setup((exec) =>
        migrateSchema((op, text, params) => {
          ops.push(op);
          return exec(op, text, params);
        }),
      );
    } finally {
      await conns.close();
    }
    expect(new Set(ops)).toEqual(
      new Set(['migrate-edge-columns', 'migrate-rel-pairs', 'migrate-node-columns']),
    );
    // migrate-rel-pairs: once per type with extension pairs (CHAIRED Person → Process, ESTABLISHED Meeting → …,
    // SUCCEEDS Person → Person).
    const withPairs = (RELATIONSHIPS as readonly RelationshipSpec[]).filter((r) => r.extensionPairs?.length);
    expect(withPairs.map((r) => r.type)).toEqual(['ESTABLISHED', 'CHAIRED', 'SUCCEEDS']);
    expect(ops).toHaveLength(RELATIONSHIP_TYPES.length + withPairs.length + NODE_LABELS.length);
  });
});
