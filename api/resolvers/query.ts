// The domain queries of api/schema/domain.graphql, resolved through the Store
// interface only, so they behave the same on both engines. Arguments are
// checked here (limits.ts) before any store call.

import type { Graph, GraphNode } from '../../cypher/model/graph.ts';
import { type LineageDirection, MAX_PAGE, type Path } from '../../cypher/store/store.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import {
  checkId,
  idsArg,
  intIn,
  isoArg,
  kindArg,
  LIMITS,
  labelArg,
  labelsArg,
  textUpTo,
  typesArg,
} from '../limits.ts';
import { prime } from '../loaders.ts';
import { findMentions } from '../mentions.ts';
import { lineageBetween } from './lineage-between.ts';
import { modelJson } from './model-json.ts';

type Args = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown) => (Array.isArray(v) ? (v as string[]) : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

const DIRECTIONS: readonly LineageDirection[] = ['down', 'up', 'both'];

/** Every node with a source in `document` (for its mentions), page by page. */
async function nodesSourcedIn(ctx: ApiContext, document: string): Promise<GraphNode[]> {
  const out: GraphNode[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await ctx.store.nodes(
      undefined,
      { document },
      { field: 'name' },
      { offset, limit: MAX_PAGE },
    );
    out.push(...page.items);
    if (page.items.length < MAX_PAGE || out.length >= page.total) return out;
  }
}

/** Keeps the start nodes and the first others up to `limit`, and the edges between kept nodes. */
function cut(graph: Graph, starts: readonly string[], limit: number): { graph: Graph; truncated: boolean } {
  if (graph.nodes.length <= limit) return { graph, truncated: false };
  const startSet = new Set(starts);
  const kept = graph.nodes.filter((n) => startSet.has(n.id));
  for (const n of graph.nodes) if (kept.length < limit && !startSet.has(n.id)) kept.push(n);
  const ids = new Set(kept.map((n) => n.id));
  return {
    graph: { nodes: kept, edges: graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to)) },
    truncated: true,
  };
}

export const queryResolvers = {
  async search(_: unknown, a: Args, ctx: ApiContext) {
    const text = textUpTo('query', str(a.query) ?? '', LIMITS.searchQueryLength).trim();
    const labels = labelsArg('types', strs(a.types));
    const limit = intIn('limit', num(a.limit), 20, 1, LIMITS.searchLimit);
    if (!text) return [];
    const hits = await ctx.store.search(text, labels, limit);
    prime(
      ctx.loaders,
      hits.map((h) => h.node),
    );
    return hits;
  },

  node(_: unknown, a: Args, ctx: ApiContext) {
    return ctx.loaders.node.load(checkId('id', str(a.id) ?? ''));
  },

  async nodes(_: unknown, a: Args, ctx: ApiContext) {
    const label = labelArg('type', str(a.type));
    const nameContains = str(a.nameContains);
    if (nameContains !== undefined) textUpTo('nameContains', nameContains, LIMITS.textFilterLength);
    const kind = kindArg('kind', str(a.kind), label);
    const offset = intIn('offset', num(a.offset), 0, 0, LIMITS.pageOffset);
    const limit = intIn('limit', num(a.limit), 50, 1, LIMITS.pageLimit);
    const page = await ctx.store.nodes(
      label,
      nameContains || kind
        ? { ...(nameContains ? { nameContains } : {}), ...(kind ? { properties: { kind } } : {}) }
        : undefined,
      { field: 'name' },
      { offset, limit },
    );
    prime(ctx.loaders, page.items);
    return { items: page.items, total: page.total };
  },

  async neighbourhood(_: unknown, a: Args, ctx: ApiContext) {
    const ids = idsArg('ids', strs(a.ids) ?? [], LIMITS.neighbourhoodIds);
    const depth = intIn('depth', num(a.depth), 1, 1, LIMITS.neighbourhoodDepth);
    const limit = intIn('limit', num(a.limit), 200, 1, LIMITS.neighbourhoodLimit);
    if (limit < ids.length) throw badInput(`limit: must be at least the number of ids (${ids.length})`);
    const relationshipTypes = typesArg('relationshipTypes', strs(a.relationshipTypes));
    const labels = labelsArg('types', strs(a.types));
    // One more than asked tells us whether the limit cut the result.
    const graph = await ctx.store.neighbourhood({ ids, depth, relationshipTypes, labels, limit: limit + 1 });
    const { graph: out, truncated } = cut(graph, ids, limit);
    prime(ctx.loaders, out.nodes);
    return { nodes: out.nodes, edges: out.edges, truncated };
  },

  async lineage(_: unknown, a: Args, ctx: ApiContext) {
    const from = checkId('from', str(a.from) ?? '');
    const to = str(a.to);
    const direction = (str(a.direction) ?? 'down') as LineageDirection;
    if (!DIRECTIONS.includes(direction))
      throw badInput(`direction: expected one of ${DIRECTIONS.join(', ')}`);
    const maxHops = intIn('maxHops', num(a.maxHops), 6, 1, LIMITS.maxHops);
    const paths: Path[] = to
      ? await lineageBetween(ctx.store, from, checkId('to', to), maxHops)
      : await ctx.store.lineage(from, direction, maxHops);
    for (const p of paths) prime(ctx.loaders, p.nodes);
    return paths;
  },

  async roles(_: unknown, a: Args, ctx: ApiContext) {
    return ctx.store.roles(checkId('id', str(a.id) ?? ''));
  },

  async timeline(_: unknown, a: Args, ctx: ApiContext) {
    const labels = labelsArg('types', strs(a.types));
    const from = isoArg('from', str(a.from));
    const to = isoArg('to', str(a.to));
    const limit = intIn('limit', num(a.limit), 500, 1, LIMITS.timelineLimit);
    return ctx.store.timeline({ labels, from, to, limit });
  },

  async documents(_: unknown, a: Args, ctx: ApiContext) {
    const offset = intIn('offset', num(a.offset), 0, 0, LIMITS.pageOffset);
    const limit = intIn('limit', num(a.limit), LIMITS.pageLimit, 1, LIMITS.pageLimit);
    const page = await ctx.store.nodes('Document', undefined, { field: 'name' }, { offset, limit });
    prime(ctx.loaders, page.items);
    return page.items;
  },

  async document(_: unknown, a: Args, ctx: ApiContext) {
    const id = checkId('id', str(a.id) ?? '');
    // From the store, not the node cache: the cache does not keep the (large) text.
    const doc = await ctx.store.node(id);
    if (doc?.type !== 'Document') return null;
    const text = typeof doc.properties.text === 'string' ? doc.properties.text : '';
    const sourced = text ? await nodesSourcedIn(ctx, id) : [];
    return { entity: doc, text, mentions: findMentions(text, sourced) };
  },

  async stats(_: unknown, _a: Args, ctx: ApiContext) {
    const s = await ctx.store.stats();
    const counts = (r: Readonly<Record<string, number>>) =>
      Object.entries(r)
        .map(([key, count]) => ({ key, count }))
        .sort((x, y) => y.count - x.count || x.key.localeCompare(y.key));
    return { ...s, nodesByType: counts(s.nodesByLabel), edgesByType: counts(s.edgesByType) };
  },

  model: () => modelJson(),
};
