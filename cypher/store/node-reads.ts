// nodes (filtered, sorted, paged), search, stats and exportGraph on the read connections.

import type { Graph, GraphEdge, GraphNode } from '../model/graph.ts';
import { LABELS, labelSpec, NODE_LABELS, type NodeLabel } from '../model/labels.ts';
import { RELATIONSHIP_TYPES } from '../model/relationships.ts';
import { edgePropertyNames, nodeColumns } from './columns.ts';
import type { Exec } from './exec.ts';
import type { NodesById } from './graph-walk.ts';
import { edgeFromRecord, nodeFromRecord } from './rows.ts';
import { type SearchIndex, searchIndex } from './search-index.ts';
import { fold, searchTerms } from './search-text.ts';
import type { Statements } from './statements.ts';
import {
  MAX_PAGE,
  type NodeFilter,
  type Page,
  type PageRequest,
  type SearchHit,
  type Sort,
  type Stats,
  type StoredName,
} from './store.ts';
import { alternatives, label, property, returnFields } from './template.ts';

function orderBy(labels: readonly NodeLabel[], sort?: Sort): string {
  const dir = sort?.direction === 'desc' ? ' DESC' : '';
  if (sort?.field === 'id') return `n.id${dir}`;
  if (sort?.field === 'date') {
    const cols = [...new Set(labels.flatMap((l) => labelSpec(l)?.dateProperty ?? []))].map((p) =>
      property('n', p),
    );
    if (cols.length === 1) return `${cols[0]}${dir}`;
    if (cols.length > 1) return `coalesce(${cols.join(', ')})${dir}`;
  }
  return `n.name${dir}`;
}

/** A page of nodes: ids from the page query, the nodes from `nodesById` (light: no Document text). */
export async function readNodesPage(
  s: Statements,
  read: Exec,
  nodesById: NodesById,
  only: NodeLabel | undefined,
  filter: NodeFilter = {},
  sort?: Sort,
  page: PageRequest = {},
): Promise<Page<GraphNode>> {
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const limit = Math.max(0, Math.min(MAX_PAGE, Math.floor(page.limit ?? 100)));
  const props = Object.entries(filter.properties ?? {});
  // Only labels that have every filtered property can match (and the engine rejects unknown columns).
  const labels = (only ? [only] : NODE_LABELS).filter(
    (l) => labelSpec(l) && props.every(([p]) => nodeColumns(l).some((c) => c.property && c.name === p)),
  );
  if (!labels.length) return { items: [], total: 0, offset, limit };
  const params: Record<string, unknown> = {
    nameContains: fold(filter.nameContains ?? ''),
    document: filter.document ?? '',
    offset,
    limit,
  };
  const filters = props
    .map(([p, v], i) => {
      const col = nodeColumns(labels[0]!).find((c) => c.name === p)!;
      params[`p${i}`] = col.type === 'INT64' ? Number(v) : String(v);
      return ` AND ${property('n', p)} = $p${i}`;
    })
    .join('');
  const values = {
    LABELS: alternatives(labels.length === NODE_LABELS.length ? [] : labels),
    PROPERTY_FILTERS: filters,
    ORDER: orderBy(labels, sort),
  };
  const { offset: _o, limit: _l, ...countParams } = params;
  const countQuery = () =>
    read(
      'nodes-count',
      s.text('nodes-count', { LABELS: values.LABELS, PROPERTY_FILTERS: filters }),
      countParams,
    );
  const pageQuery = () => read('nodes-page', s.text('nodes-page', values), params);
  // LadybugDB 0.19 crashes the process (SIGSEGV) on a SKIP far past the end of the matches: with an offset,
  // count first and run the page query only when the offset is below the total. SKIP 0 is safe: both at once.
  const [rows, count] =
    offset === 0
      ? await Promise.all([limit > 0 ? pageQuery() : [], countQuery()])
      : await countQuery().then(async (c) => {
          const below = offset < Number(c[0]?.total ?? 0) && limit > 0;
          return [below ? await pageQuery() : [], c] as const;
        });
  const total = Number(count[0]?.total ?? 0);
  const items = await nodesById(rows.map((r) => String(r.id)));
  return { items, total, offset, limit };
}

/** Search hits from the in-memory index, their nodes from `nodesById` (the adapter's: memory or database). */
export async function readSearch(
  nodesById: NodesById,
  index: SearchIndex,
  text: string,
  labels?: readonly NodeLabel[],
  limit = 20,
): Promise<SearchHit[]> {
  const max = Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));
  const hits = searchIndex(index, typeof text === 'string' ? text : '', labels, max);
  const nodes = new Map((await nodesById(hits.map((h) => h.id))).map((n) => [n.id, n]));
  return hits.flatMap((h) => {
    const node = nodes.get(h.id);
    if (!node) return [];
    const matched = searchTerms(node).find((t) => fold(t.text) === h.term.text)?.text ?? node.name;
    return [{ node, score: h.score, match: h.match, matched }];
  });
}

/** Every node of `labels` by name, with its documents (ingest/resolve/stored-anchors.ts), label by label. */
export async function readEntityNames(
  s: Statements,
  read: Exec,
  labels: readonly NodeLabel[],
): Promise<StoredName[]> {
  const out: StoredName[] = [];
  for (const l of labels.filter((x) => labelSpec(x))) {
    // A meeting named without an ordinal is told apart by its date (ingest/resolve/meeting-date-merges.ts).
    const spec = labelSpec(l)!;
    const dated = spec.dateProperty === 'startDate' && 'ordinal' in spec.properties;
    const DATES = dated
      ? `, ${property('n', 'startDate')} AS startDate, ${property('n', 'ordinal')} AS ordinal`
      : '';
    const rows = await read('entity-names', s.text('entity-names', { LABEL: label(l), DATES }));
    for (const r of rows)
      out.push({
        id: String(r.id),
        type: l,
        name: String(r.name ?? ''),
        aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
        documents: Array.isArray(r.documents) ? r.documents.map(String) : [],
        ...(typeof r.startDate === 'string' ? { startDate: r.startDate } : {}),
        ...(r.ordinal !== null && r.ordinal !== undefined ? { ordinal: Number(r.ordinal) } : {}),
      });
  }
  return out;
}

export async function readStats(s: Statements, read: Exec): Promise<Stats> {
  const nodesByLabel: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  let sources = 0;
  for (const l of NODE_LABELS) {
    const [r] = await read('count-nodes', s.text('count-nodes', { LABEL: label(l) }));
    nodesByLabel[l] = Number(r?.count ?? 0);
    sources += Number(r?.sources ?? 0);
  }
  for (const t of RELATIONSHIP_TYPES) {
    const [r] = await read('count-edges', s.text('count-edges', { TYPE: label(t) }));
    edgesByType[t] = Number(r?.count ?? 0);
    sources += Number(r?.sources ?? 0);
  }
  const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
  return {
    nodes: sum(nodesByLabel),
    edges: sum(edgesByType),
    nodesByLabel,
    edgesByType,
    documents: nodesByLabel.Document ?? 0,
    sources,
  };
}

export async function readExport(s: Statements, read: Exec): Promise<Graph> {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const l of LABELS) {
    const rows = await read('all-nodes', s.text('all-nodes', { LABEL: label(l.label) }));
    for (const r of rows) nodes.push(nodeFromRecord(l.label, r.n as Record<string, unknown>));
  }
  for (const t of RELATIONSHIP_TYPES) {
    const values = { TYPE: label(t), EDGE_FIELDS: returnFields('e', edgePropertyNames(t)) };
    const rows = await read('all-edges', s.text('all-edges', values));
    for (const r of rows) edges.push(edgeFromRecord(t, String(r.fromId), String(r.toId), r));
  }
  return { nodes, edges };
}
