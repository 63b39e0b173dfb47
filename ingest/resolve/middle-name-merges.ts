// A person known by a later given name and the surname ("H.E. Mr. Ekitela Lokaale", a WSIS+20 preparatory
// meeting's page) whose full name the batch also gives ("Kenya’s Permanent Representative … Erastus Ekitela
// Lokaale", Capital FM): one person. The usual comparison (names.ts) needs the first words alike, and the
// first given name and the surname ("Erastus Lokaale") already meet the full name there; the middle one
// never does. A name alone is not enough: a second given name is often someone else's first one. So the two
// must share a body they are AFFILIATED_WITH and name no two different Member States, and the short name
// must fit one full name of the batch only ("Ekitela Lokaale" beside "Erastus Ekitela Lokaale" and "John
// Ekitela Lokaale" is left alone). A split in seeds/decisions.json still wins (resolve.ts applies it).

import type { Graph, GraphNode } from '../../cypher/model/graph.ts';
import type { MergeDecision } from '../types.ts';
import { nameTokens } from './names.ts';

/** What the batch says a person is affiliated with: body ids, and which of them are Member States. */
export interface Affiliations {
  /** The bodies the person (by id) is AFFILIATED_WITH. */
  readonly of: (personId: string) => ReadonlySet<string>;
  readonly isState: (orgId: string) => boolean;
}

/** The short name's words, in order, among the full name's, its last word the full name's last, its first not the first. */
export function middleNameFits(short: readonly string[], full: readonly string[]): boolean {
  if (short.length !== 2 || full.length < 3) return false;
  if (short[1] !== full[full.length - 1] || short[0] === full[0]) return false;
  if (short[0]!.length < 2) return false;
  return full.slice(1, -1).includes(short[0]!);
}

/** The short name's words in order in a longer name (any first word): a full name it may stand for. */
function mayStandFor(short: readonly string[], full: readonly string[]): boolean {
  if (full.length <= short.length || short[short.length - 1] !== full[full.length - 1]) return false;
  let j = 0;
  for (const w of full) if (w === short[j]) j++;
  return j === short.length;
}

/** Why the two people's affiliations agree, or undefined: a body in common, no two Member States. */
function agreeing(a: string, b: string, aff: Affiliations): string | undefined {
  const of = aff.of(a);
  const other = aff.of(b);
  const shared = [...of].filter((o) => other.has(o));
  if (shared.length === 0) return undefined;
  const states = new Set([...of, ...other].filter(aff.isState));
  return states.size > 1 ? undefined : shared[0];
}

/** Merges of two-word names into the one three-or-more-word name of the batch whose middle name they give. */
export function middleNameMerges(nodes: Iterable<GraphNode>, aff: Affiliations): MergeDecision[] {
  const bySurname = new Map<string, { node: GraphNode; words: readonly string[] }[]>();
  for (const node of nodes) {
    if (node.type !== 'Person') continue;
    const words = nameTokens(node.name);
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    const list = bySurname.get(last);
    if (list) list.push({ node, words });
    else bySurname.set(last, [{ node, words }]);
  }
  const merges: MergeDecision[] = [];
  for (const block of bySurname.values()) {
    if (block.length < 2) continue;
    for (const s of block) {
      if (s.words.length !== 2) continue;
      // Every full name the short one may stand for, the first given name its own or not: one only.
      const fulls = new Set(block.filter((f) => mayStandFor(s.words, f.words)).map((f) => f.words.join(' ')));
      if (fulls.size !== 1) continue;
      const full = block.find((f) => middleNameFits(s.words, f.words));
      if (!full) continue;
      const body = agreeing(s.node.id, full.node.id, aff);
      if (!body) continue;
      merges.push({
        kept: full.node.id,
        merged: s.node.id,
        reason: `a later given name and the surname of the full name ("${s.words[0]}" in "${full.words.join(' ')}"), both affiliated with ${body}: "${s.node.name}" = "${full.node.name}"`,
      });
    }
  }
  return merges;
}

/** Each cluster's AFFILIATED_WITH bodies (as clusters too), from every document's graph. */
export function affiliationsOf(
  graphs: Iterable<Graph>,
  find: (id: string) => string,
  all: ReadonlyMap<string, GraphNode>,
): Affiliations {
  const of = new Map<string, Set<string>>();
  for (const g of graphs)
    for (const e of g.edges) {
      if (e.type !== 'AFFILIATED_WITH') continue;
      const from = find(e.from);
      const set = of.get(from) ?? new Set<string>();
      set.add(find(e.to));
      of.set(from, set);
    }
  return {
    of: (id) => of.get(find(id)) ?? new Set(),
    isState: (id) => all.get(id)?.properties.kind === 'member-state',
  };
}
