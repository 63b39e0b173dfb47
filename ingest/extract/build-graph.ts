// Claims → one document's Graph: nodes by id, relationships by (type, from,
// to), sources united; relationships whose ends are missing or whose label pair
// the model forbids are dropped (and reported). Built incrementally: a body
// named hundreds of times in a long report has hundreds of sources.

import type { Graph, GraphEdge, GraphNode, Properties, Source } from '../../cypher/model/graph.ts';
import { mergeProperties } from '../../cypher/model/merge.ts';
import { aliasKey, cleanName, preferredForm } from '../../cypher/model/name-forms.ts';
import { isAllowedPairFast } from '../../cypher/model/relationship-pairs.ts';
import { relationshipSpec } from '../../cypher/model/relationships.ts';
import type { Claims } from './claims.ts';
import { addGroup, edgeGroups, findGroup } from './edge-groups.ts';
import { compareIds } from './id-order.ts';
import { personNameCase } from './parse/name-case.ts';
import { betterHonorific, DATE_KEYS } from './precise.ts';

/** What a node is before its aliases, properties and sources are gathered. */
type NodeHead = Pick<GraphNode, 'id' | 'type' | 'name'>;

interface Acc {
  properties: Record<string, Properties[string]>;
  readonly sources: Source[];
  /** Sources so far by quote, once there are more than SCAN_MAX. */
  seen?: Map<string, Source[]>;
}

// Most nodes and relationships have a source or two: those are compared one by one (no map per fact).
const SCAN_MAX = 8;

/** Adds `s` unless an equal source (same document, locator and quote) is there: by quote, no key strings built. */
function addSource(acc: Acc, s: Source): void {
  if (acc.seen === undefined) {
    for (const x of acc.sources)
      if (x.quote === s.quote && x.document === s.document && x.locator === s.locator) return;
    acc.sources.push(s);
    if (acc.sources.length > SCAN_MAX) {
      const seen = new Map<string, Source[]>();
      for (const x of acc.sources) {
        const same = seen.get(x.quote);
        if (same) same.push(x);
        else seen.set(x.quote, [x]);
      }
      acc.seen = seen;
    }
    return;
  }
  const same = acc.seen.get(s.quote);
  if (same) {
    for (const x of same) if (x.document === s.document && x.locator === s.locator) return;
    same.push(s);
  } else acc.seen.set(s.quote, [s]);
  acc.sources.push(s);
}

/**
 * In place, what `{...mergeProperties(a, b), ...preciseProperties(a, b)}` gives (a key already present
 * keeps its value, even null; a more precise date, a more specific honorific wins) without three copies per claim.
 */
function mergeNodeProperties(a: Record<string, Properties[string]>, b: Properties): void {
  // for-in, not Object.keys: no array of keys per claim (claims' properties are plain objects: same keys,
  // same order).
  for (const k in b) if (!(k in a)) a[k] = b[k] as Properties[string];
  for (const k of DATE_KEYS) {
    const x = a[k];
    const y = b[k];
    if (typeof y === 'string' && (typeof x !== 'string' || y.length > x.length)) a[k] = y;
  }
  if (betterHonorific(a.honorific, b.honorific)) a.honorific = b.honorific as string;
}

/** Whether plain object `o` has a key (Object.keys(o).length > 0 without the array). */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** A node being gathered: its aliases other than its name, by their folded form (aliasKey; first form kept). */
interface NodeAcc extends Acc {
  readonly node: NodeHead;
  /** Made at the first alias that is not the name (most nodes have none). */
  aliases: Map<string, string> | undefined;
  /** The name in lower case, once an alias is compared with it. */
  nameKey: string | undefined;
  /** The form looked at last: the same surface recurs in most claims of a node (no lower-casing again). */
  lastForm: string | undefined;
  /** The name as the first claim wrote it, and lastForm as written: forms seen again, not cleaned again. */
  readonly rawName: string;
  lastRaw: string | undefined;
  /** The properties merged last: merging the same object again changes nothing (claims share them). */
  merged: Properties | undefined;
}

/**
 * Adds alias `a` (as written, cleaned of layout) unless it is blank or a form equal to it but for case, dashes,
 * spaces and quotes, the name's included, was added before (the ASCII form then kept). Aliases are kept apart
 * from the name, made only when there is one: a map and a set of forms per node, most of them never holding more
 * than the name, were a tenth of what build-graph allocated.
 */
// A name or an alias is not a quote: a line break or a doubled space the copy put inside it ("Global  Digital
// Compact", a captioning's spacing; "World Summit on the Information\nSociety" over two masthead lines) is one
// space, and so on (name-forms.ts cleanName).
function addAlias(acc: NodeAcc, form: string): void {
  // Their cleaned forms are the name and lastForm (cleanName, a search of the form, was a fifth of
  // build-graph's time: a claim repeats its node's name and surface).
  if (form === acc.rawName || form === acc.lastRaw) return;
  const a = cleanName(form);
  if (a === acc.node.name || a === acc.lastForm) return;
  acc.lastForm = a;
  acc.lastRaw = form;
  const k = aliasKey(a);
  if (!a.trim()) return;
  acc.nameKey ??= aliasKey(acc.node.name);
  if (k === acc.nameKey) return;
  if (acc.aliases === undefined) acc.aliases = new Map();
  const prev = acc.aliases.get(k);
  // "Multi‑stakeholder" (U+2011) and "Multi-stakeholder" are one alias, the ASCII form kept (name-forms.ts).
  if (prev === undefined || prev !== a) acc.aliases.set(k, prev === undefined ? a : preferredForm(prev, a));
}

export function buildGraph(claims: Claims): { graph: Graph; dropped: string[] } {
  const nodes = new Map<string, NodeAcc>();
  for (const c of claims.nodes) {
    let acc = nodes.get(c.id);
    if (!acc) {
      acc = {
        // The display name without the copy's layout ("Society+ 20" is "Society+20"; name-forms.ts), a
        // person's surname in capitals in its usual case (parse/name-case.ts).
        node: {
          id: c.id,
          type: c.type,
          name: c.type === 'Person' ? personNameCase(cleanName(c.name)) : cleanName(c.name),
        },
        properties: {},
        // The first source needs no test; a list of one holds one (a list grown by push keeps room for 17).
        sources: [c.source],
        seen: undefined,
        aliases: undefined,
        nameKey: undefined,
        lastForm: undefined,
        rawName: c.name,
        lastRaw: undefined,
        merged: undefined,
      };
      nodes.set(c.id, acc);
    } else addSource(acc, c.source);
    if (c.properties && c.properties !== acc.merged) {
      mergeNodeProperties(acc.properties, c.properties);
      acc.merged = c.properties;
    }
    addAlias(acc, c.name);
    if (c.aliases) for (const a of c.aliases) addAlias(acc, a);
  }
  const edges = edgeGroups<Acc & { edge: Omit<GraphEdge, 'properties' | 'sources'> }>();
  const dropped: string[] = [];
  for (const c of claims.edges) {
    const from = nodes.get(c.from)?.node;
    const to = nodes.get(c.to)?.node;
    if (!from || !to || !isAllowedPairFast(c.type, from.type, to.type)) {
      dropped.push(`${c.rule}: ${c.type} ${c.from} -> ${c.to}`);
      continue;
    }
    let acc = findGroup(edges, c);
    if (acc === undefined)
      acc = addGroup(edges, {
        edge: { type: c.type, from: c.from, to: c.to },
        properties: {},
        sources: [c.source],
        seen: undefined,
      });
    else addSource(acc, c.source);
    // First value wins, but roles stated by several sentences are all kept (model `joinWith`).
    // mergeProperties returns a new object; a claim without properties changes nothing.
    if (c.properties && hasKeys(c.properties))
      acc.properties = mergeProperties(acc.properties, c.properties, relationshipSpec(c.type)?.properties);
  }
  // Each node and relationship written out field by field (the fields and their order the spread of
  // `node` and `edge` gave): a spread per fact was a slow copy.
  // forEach, not a for-of over the map: that made an iteration result per node.
  const graphNodes: GraphNode[] = [];
  nodes.forEach(({ node, properties, sources, aliases }) => {
    graphNodes.push({
      id: node.id,
      type: node.type,
      name: node.name,
      aliases: aliases === undefined ? [] : [...aliases.values()],
      properties,
      sources,
    });
  });
  graphNodes.sort((a, b) => compareIds(a.id, b.id));
  const graphEdges: GraphEdge[] = [];
  for (const { edge, properties, sources } of edges.order)
    graphEdges.push({ type: edge.type, from: edge.from, to: edge.to, properties, sources });
  return { graph: { nodes: graphNodes, edges: graphEdges }, dropped };
}
