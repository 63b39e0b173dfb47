// Which stored documents a re-ingest must rewrite so that the store ends up
// exactly as a clean ingest of the corpus would leave it (issue 2 item 3,
// replace-by-document; issue 3 item 1, unchanged documents are skipped).
//
// Why more than the changed files: entity resolution works across the batch,
// so a changed (or removed) file can change the graph of an unchanged one (a
// name it now resolves differently). And the store merges values first-wins
// (cypher/model/merge.ts), so a fact whose value is wrong can only be rebuilt
// by removing it and writing back every document that supports it, in the
// clean run's order. The plan is therefore: compare what is stored with what
// a clean run would store, item by item, and rewrite the documents of ours
// that an item's difference calls for (documentsToRewrite says which).

import {
  edgeKey,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type Source,
  sourceKey,
} from '../cypher/model/graph.ts';

type Item = GraphNode | GraphEdge;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each document's source keys, sorted. */
function sourcesByDocument(sources: readonly Source[]): Map<string, string> {
  const keys = new Map<string, string[]>();
  for (const s of sources) keys.set(s.document, [...(keys.get(s.document) ?? []), sourceKey(s)]);
  return new Map([...keys].map(([d, k]) => [d, JSON.stringify(k.sort(byString))]));
}

/** Everything but the sources, order-free: aliases as a set, properties without unset values, by key. */
function values(item: Item): string {
  const properties = Object.entries(item.properties ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([a], [b]) => byString(a, b));
  const head =
    'id' in item ? [item.type, item.id, item.name, [...item.aliases].sort(byString)] : [edgeKey(item)];
  return JSON.stringify([head, properties]);
}

/** The item as a comparable string; the order of sources and aliases is not meaningful. */
export function fingerprint(item: Item): string {
  return `${values(item)}${JSON.stringify(item.sources.map(sourceKey).sort(byString))}`;
}

/** The graph as one comparable value (tests compare a re-ingested store with a clean one through it). */
export function graphFingerprint(graph: Graph): string[] {
  return [...graph.nodes, ...graph.edges].map(fingerprint).sort(byString);
}

export interface RewriteInput {
  /**
   * What the store holds now, or the part of it the plan looks at (store.storedFacts): every item with a
   * source in a document of `ours` and every stored item with the id or key of an expected one. Any
   * other item has no document of ours, stored or expected, so the plan never acts on it: the whole
   * store (store.exportGraph()) gives the same plan.
   */
  readonly stored: Graph;
  /** What a clean run of the corpus stores: its documents' graphs merged in load order. */
  readonly expected: Graph;
  /** Document ids of the corpus and of the documents being removed: the only ones we may rewrite. */
  readonly ours: ReadonlySet<string>;
}

function pairs<T extends Item>(
  stored: readonly T[],
  expected: readonly T[],
  key: (item: T) => string,
): Map<string, { s?: T; e?: T }> {
  const out = new Map<string, { s?: T; e?: T }>();
  for (const s of stored) out.set(key(s), { s });
  for (const e of expected) {
    const k = key(e);
    out.set(k, { ...out.get(k), e });
  }
  return out;
}

export interface RewritePlan {
  /** Documents to write again, in the clean run's order. */
  readonly rewrite: Set<string>;
  /** Of those, the ones to empty first (replaceDocument(id, empty graph)), before any is written. */
  readonly clear: Set<string>;
}

/**
 * Documents of `ours` to rewrite. An item whose values (name, aliases,
 * properties) are wrong, or that is missing or extra, needs all its
 * supporters rewritten; when it is wrong and has several supporters, the
 * stored ones are emptied first so that it is deleted and then rebuilt from
 * its supporters in order, as a clean run builds it (merged values are
 * first-wins, so merging onto the wrong item would keep it wrong). An item
 * whose values are right but whose sources differ needs only the documents
 * whose sources differ: their rewrite strips and re-adds just those, and
 * merging adds no value the item does not already have (the clean run merged
 * the same contributions). A missing item is created by its first writer and
 * an extra one deleted with its last supporter's sources: no emptying needed.
 */
export function planRewrite({ stored, expected, ours }: RewriteInput): RewritePlan {
  const rewrite = new Set<string>();
  const clear = new Set<string>();
  const check = (s: Item | undefined, e: Item | undefined) => {
    const before = sourcesByDocument(s?.sources ?? []);
    const after = sourcesByDocument(e?.sources ?? []);
    const mine = [...new Set([...before.keys(), ...after.keys()])].filter((d) => ours.has(d));
    if (mine.length === 0) return;
    // A fact documents outside the given paths also support holds their values too: only the
    // sources can be checked (documented limit: exactness holds for facts of the corpus alone).
    const shared = [...before.keys()].some((d) => !ours.has(d));
    const wrong = !s || !e || (!shared && values(s) !== values(e));
    for (const d of mine) if (wrong || before.get(d) !== after.get(d)) rewrite.add(d);
    if (s && e && wrong && mine.length > 1) for (const d of before.keys()) clear.add(d);
  };
  for (const { s, e } of pairs(stored.nodes, expected.nodes, (n) => n.id).values()) check(s, e);
  for (const { s, e } of pairs(stored.edges, expected.edges, edgeKey).values()) check(s, e);
  return { rewrite, clear };
}
