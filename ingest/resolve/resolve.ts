// Entity resolution across the batch: nodes of one type whose names denote the
// same thing get one id in every document's graph. Every automatic merge is
// logged with its reason; seeds/decisions.json forces merges and splits.

import type { Graph, GraphEdge, GraphNode, Properties } from '../../cypher/model/graph.ts';
import { edgeKey } from '../../cypher/model/graph.ts';
import { mergeEdge, mergeNode } from '../../cypher/model/merge.ts';
import { harmoniseDates } from '../extract/precise.ts';
import type { MergeDecision } from '../types.ts';
import type { Decisions } from './decisions.ts';
import { meetingDateMerges } from './meeting-date-merges.ts';
import { editDistance, initials, nameTokens, samePerson } from './names.ts';
import { shortFormMerges } from './short-form-merges.ts';
import { asKeptGroup, workingGroupSpanMerges } from './working-group-spans.ts';

// What a name is compared by, computed once per name: blocks of candidates are compared pairwise.
interface NameKey {
  readonly joined: string;
  readonly initials: string;
  readonly digits: string;
}
const KEYS = new Map<string, NameKey>();

function keyOf(name: string): NameKey {
  let k = KEYS.get(name);
  if (!k) {
    const joined = nameTokens(name).join(' ');
    k = { joined, initials: initials(name), digits: joined.replace(/[^0-9+]/g, '') };
    if (KEYS.size >= 100_000) KEYS.clear();
    KEYS.set(name, k);
  }
  return k;
}

function sameThing(a: GraphNode, b: GraphNode): string | undefined {
  if (a.type !== b.type) return undefined;
  if (a.type === 'Person') return samePerson(a.name, b.name);
  if (a.type === 'Organization' || a.type === 'Process' || a.type === 'Theme') {
    const ka = keyOf(a.name);
    const kb = keyOf(b.name);
    const na = ka.joined;
    const nb = kb.joined;
    if (na === nb) return 'same name (case, accents, punctuation ignored)';
    if (
      a.type !== 'Theme' &&
      (ka.initials === b.name || kb.initials === a.name) &&
      Math.min(a.name.length, b.name.length) >= 3
    )
      return 'acronym of the full name';
    // Lengths first: the cheapest test, and one typing error changes the length by one at most.
    if (
      na.length >= 8 &&
      Math.abs(na.length - nb.length) <= 1 &&
      ka.digits === kb.digits &&
      editDistance(na, nb, 1) <= 1
    )
      return 'names within one typing error';
  }
  return undefined;
}

/**
 * Prefer the fuller name as the kept node (it carries the most information): more words
 * ("Benedicto Fonseca Filho" over "Benedicto Fonseca"), else more characters. Names of as many
 * words that differ by a typing error ("Kleinwächter" / "Kleinwächterk", 004 fn 39 and 41) keep
 * the better attested form (more sources), then the first seen.
 */
function keeper(a: GraphNode, b: GraphNode, typo: boolean): [GraphNode, GraphNode] {
  const words = (n: GraphNode) => n.name.split(/\s+/).length;
  if (words(a) !== words(b)) return words(b) > words(a) ? [b, a] : [a, b];
  if (typo) return b.sources.length > a.sources.length ? [b, a] : [a, b];
  return b.name.length > a.name.length ? [b, a] : [a, b];
}

export function resolveCorpus(
  graphs: ReadonlyMap<string, Graph>,
  decisions: Decisions,
): { perDocument: Map<string, Graph>; merges: MergeDecision[] } {
  const all = new Map<string, GraphNode>();
  for (const g of graphs.values()) for (const n of g.nodes) if (!all.has(n.id)) all.set(n.id, n);
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let x = id;
    while (parent.has(x)) x = parent.get(x)!;
    return x;
  };
  // Ids kept apart by the decisions file, by id (no key strings built per compared pair).
  const split = new Map<string, Set<string>>();
  for (const s of decisions.split)
    for (const a of s.ids) {
      const set = split.get(a) ?? new Set<string>();
      for (const b of s.ids) set.add(b);
      split.set(a, set);
    }
  const keptApart = (x: string, y: string): boolean =>
    split.get(x)?.has(y) === true || split.get(y)?.has(x) === true;
  const merges: MergeDecision[] = [];
  for (const m of decisions.merge) {
    const [kept, ...rest] = m.ids;
    for (const r of rest)
      if (kept && all.has(r) && find(r) !== find(kept)) {
        parent.set(find(r), find(kept));
        merges.push({ kept, merged: r, reason: `decisions file: ${m.reason ?? 'forced merge'}` });
      }
  }
  for (const m of [...workingGroupSpanMerges(all.values()), ...meetingDateMerges(all.values())])
    if (find(m.merged) !== find(m.kept) && !keptApart(m.merged, m.kept)) {
      parent.set(find(m.merged), find(m.kept));
      merges.push(m);
    }
  const nodes = [...all.values()].filter(
    (n) => n.type !== 'Document' && n.type !== 'Resolution' && n.type !== 'Meeting',
  );
  // Compare only nodes that could match (same type and first word, or a name and its acronym):
  // the batch may hold thousands of names.
  for (const group of candidateGroups(nodes)) {
    const by = byNameLength(group);
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const x = group[i]!;
        const y = group[j]!;
        if (by && !mayMatchByName(by, i, j)) continue;
        if (find(x.id) === find(y.id) || keptApart(x.id, y.id)) continue;
        const reason = sameThing(x, y);
        if (!reason) continue;
        const [a, b] = keeper(x, y, /typing error/.test(reason));
        parent.set(find(b.id), find(a.id));
        merges.push({ kept: find(a.id), merged: b.id, reason: `${reason}: "${b.name}" = "${a.name}"` });
      }
  }
  // After the pairwise merges, so that a short-named person joins the full name's whole cluster.
  for (const m of shortFormMerges(all.values()))
    if (find(m.merged) !== find(m.kept) && !keptApart(m.merged, m.kept)) {
      parent.set(find(m.merged), find(m.kept));
      merges.push(m);
    }
  const rewritten = new Map<string, Graph>();
  for (const [doc, g] of graphs) rewritten.set(doc, rewrite(g, find, all));
  const dates = harmoniseDates([...rewritten.values()].flatMap((g) => g.nodes));
  const perDocument = new Map<string, Graph>();
  for (const [doc, g] of rewritten) perDocument.set(doc, dropUndatedMeetings(withDates(g, dates), dates));
  return { perDocument, merges };
}

/**
 * For a block of organisations, processes or themes (one type per block): the compared words' lengths and
 * initials, so that a pair `sameThing` cannot match is passed over cheaply (a block of themes can be thousands).
 */
function byNameLength(
  group: readonly GraphNode[],
): { keys: NameKey[]; group: readonly GraphNode[] } | undefined {
  const type = group[0]?.type;
  if (type !== 'Organization' && type !== 'Process' && type !== 'Theme') return undefined;
  return { keys: group.map((n) => keyOf(n.name)), group };
}

/**
 * False only when `sameThing` is sure to find nothing: the same words have the same length, one typing
 * error changes it by one at most, and the acronym test (not for themes) compares initials with the name.
 */
function mayMatchByName(by: { keys: NameKey[]; group: readonly GraphNode[] }, i: number, j: number): boolean {
  const ka = by.keys[i]!;
  const kb = by.keys[j]!;
  if (Math.abs(ka.joined.length - kb.joined.length) <= 1) return true;
  const a = by.group[i]!;
  const b = by.group[j]!;
  return a.type !== 'Theme' && (ka.initials === b.name || kb.initials === a.name);
}

function rewrite(g: Graph, find: (id: string) => string, all: ReadonlyMap<string, GraphNode>): Graph {
  const nodes = new Map<string, GraphNode>();
  for (const n of g.nodes) {
    const id = find(n.id);
    const kept = all.get(id)!;
    const renamed: GraphNode =
      id === n.id
        ? n
        : n.type === 'WorkingGroup'
          ? asKeptGroup(n, kept)
          : { ...n, id, name: kept.name, aliases: [...n.aliases, n.name] };
    const prev = nodes.get(id);
    nodes.set(id, prev ? mergeNode(prev, renamed) : renamed);
  }
  const edges = new Map<string, GraphEdge>();
  for (const e of g.edges) {
    const from = find(e.from);
    const to = find(e.to);
    // Most relationships keep their ends: no copy then.
    const r = from === e.from && to === e.to ? e : { ...e, from, to };
    if (r.from === r.to) continue;
    const k = edgeKey(r);
    const prev = edges.get(k);
    edges.set(k, prev ? mergeEdge(prev, r) : r);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function withDates(g: Graph, dates: ReadonlyMap<string, Properties>): Graph {
  return { ...g, nodes: g.nodes.map((n) => ({ ...n, properties: { ...n.properties, ...dates.get(n.id) } })) };
}

/** A Meeting is a dated gathering (MODEL.md): one that no document dates is left out, with its relationships. */
function dropUndatedMeetings(g: Graph, dates: ReadonlyMap<string, Properties>): Graph {
  const undated = new Set(
    g.nodes.filter((n) => n.type === 'Meeting' && !dates.get(n.id)?.startDate).map((n) => n.id),
  );
  if (undated.size === 0) return g;
  return {
    nodes: g.nodes.filter((n) => !undated.has(n.id)),
    edges: g.edges.filter((e) => !undated.has(e.from) && !undated.has(e.to)),
  };
}

/** Blocks of nodes worth comparing: same type and same first name word; a name with its acronym. */
function candidateGroups(nodes: readonly GraphNode[]): GraphNode[][] {
  const blocks = new Map<string, GraphNode[]>();
  const add = (key: string, n: GraphNode): void => {
    const list = blocks.get(key);
    if (list) {
      if (!list.includes(n)) list.push(n);
    } else blocks.set(key, [n]);
  };
  for (const n of nodes) {
    const first = nameTokens(n.name)[0] ?? n.name.toLowerCase();
    add(`${n.type}|${first}`, n);
    add(`${n.type}|acr|${n.name.length <= 8 && /^[A-Z]+$/.test(n.name) ? n.name : initials(n.name)}`, n);
  }
  return [...blocks.values()].filter((b) => b.length > 1);
}
