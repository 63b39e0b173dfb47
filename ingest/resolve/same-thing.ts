// Which nodes of a batch may denote the same thing, and why (resolve.ts merges
// them): blocks of candidates (same type and first name word, or a name and its
// acronym), a cheap test that passes over pairs that cannot match, and the
// comparison itself, with the reason logged for each merge.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { editDistance, initials, nameTokens, samePerson, swapKey } from './names.ts';

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

export function sameThing(a: GraphNode, b: GraphNode): string | undefined {
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
 * For a block of organisations, processes or themes (one type per block): the compared words' lengths and
 * initials, so that a pair `sameThing` cannot match is passed over cheaply (a block of themes can be thousands).
 */
export function byNameLength(
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
export function mayMatchByName(
  by: { keys: NameKey[]; group: readonly GraphNode[] },
  i: number,
  j: number,
): boolean {
  const ka = by.keys[i]!;
  const kb = by.keys[j]!;
  if (Math.abs(ka.joined.length - kb.joined.length) <= 1) return true;
  const a = by.group[i]!;
  const b = by.group[j]!;
  return a.type !== 'Theme' && (ka.initials === b.name || kb.initials === a.name);
}

/**
 * Blocks of nodes worth comparing: same type and same first name word; a name with its acronym; a
 * person's two-word name with the same words in the other order ("Li Junhua", "Junhua Li").
 */
export function candidateGroups(
  nodes: readonly GraphNode[],
  storedOnly: (n: GraphNode) => boolean = () => false,
): GraphNode[][] {
  // A node's keys never meet (each has its own part: "acr|", "swap|"), so a block holds a node once. A stored entity
  // (given after the batch's nodes) joins only a block a node of the batch opened: no block of the store's
  // tens of thousands of names alone is built.
  const blocks = new Map<string, GraphNode[]>();
  const add = (key: string, n: GraphNode, joinOnly: boolean): void => {
    const list = blocks.get(key);
    if (list) list.push(n);
    else if (!joinOnly) blocks.set(key, [n]);
  };
  for (const n of nodes) {
    const joinOnly = storedOnly(n);
    const first = nameTokens(n.name)[0] ?? n.name.toLowerCase();
    add(`${n.type}|${first}`, n, joinOnly);
    add(
      `${n.type}|acr|${n.name.length <= 8 && /^[A-Z]+$/.test(n.name) ? n.name : initials(n.name)}`,
      n,
      joinOnly,
    );
    const swap = n.type === 'Person' ? swapKey(n.name) : undefined;
    if (swap) add(`Person|swap|${swap}`, n, joinOnly);
  }
  return [...blocks.values()].filter((b) => b.length > 1);
}
