// People named once with a short given name and once with the full one ("Mr. Vint Cerf", IGF
// Leadership Panel 2022; "Vinton Cerf (USA)", High-level Panel on Digital Cooperation): one person.
// Blocks are keyed by the full given name, since the usual first-word blocks keep "Vint" and
// "Vinton" apart. A short form that fits two different full names of the batch with the same
// surname ("Chris Smith" beside "Christopher Smith" and "Christine Smith") is left alone: which one
// it is, the names do not say.

import type { GraphNode } from '../../cypher/model/graph.ts';
import type { MergeDecision } from '../types.ts';
import { fullNamesOf, type GivenNames, givenNames } from './given-names.ts';
import { nameTokens, sameByShortForm } from './names.ts';

interface Pair {
  readonly short: GraphNode;
  readonly full: GraphNode;
  readonly reason: string;
}

/**
 * `storedOnly`: entities stored from other documents (stored-anchors.ts), given after the batch's nodes;
 * they join only blocks a node of the batch opened, and two of them are never compared.
 */
export function shortFormMerges(
  nodes: Iterable<GraphNode>,
  table: GivenNames = givenNames(),
  storedOnly: (n: GraphNode) => boolean = () => false,
): MergeDecision[] {
  const blocks = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    if (n.type !== 'Person') continue;
    const t = nameTokens(n.name);
    if (t.length < 2) continue;
    const joinOnly = storedOnly(n);
    for (const full of fullNamesOf(table, t[0]!)) {
      const list = blocks.get(full);
      if (list) list.push(n);
      else if (!joinOnly) blocks.set(full, [n]);
    }
  }
  const pairs = new Map<string, Pair>();
  for (const block of blocks.values())
    for (let i = 0; i < block.length && !storedOnly(block[i]!); i++)
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i]!;
        const b = block[j]!;
        const same = sameByShortForm(a.name, b.name, table);
        if (!same) continue;
        const [short, full] = same.full === 'a' ? [b, a] : [a, b];
        pairs.set(`${short.id}\u0000${full.id}`, { short, full, reason: same.reason });
      }
  // The full given names each short-named person was matched with: more than one is ambiguous.
  const fullNames = new Map<string, Set<string>>();
  for (const p of pairs.values()) {
    const set = fullNames.get(p.short.id) ?? new Set<string>();
    set.add(nameTokens(p.full.name)[0]!);
    fullNames.set(p.short.id, set);
  }
  const merges: MergeDecision[] = [];
  for (const p of pairs.values())
    if (fullNames.get(p.short.id)!.size === 1)
      merges.push({
        kept: p.full.id,
        merged: p.short.id,
        reason: `${p.reason}: "${p.short.name}" = "${p.full.name}"`,
      });
  return merges;
}
