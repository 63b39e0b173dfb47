// People named once by the initials of their given names and once in full ("V. Minkin", chair of the
// WSIS+10 preparatory platform's first meeting in an ITU notice; "Mr. Vadim Minkin" elsewhere): one
// person (issue 3, item 5: initials). The usual comparison drops initials, so "V. Minkin" is a bare
// surname to it and never meets "Vadim Minkin"; here blocks are keyed by surname. An initial that
// fits two different full names of the batch with that surname ("J. Smith" beside "John Smith" and
// "Jane Smith") is left alone: which one it is, the name does not say.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { fold } from '../gazetteer/tokens.ts';
import type { MergeDecision } from '../types.ts';
import { HONORIFICS } from './names.ts';

/** A name's parts: leading initials (letters) and the words after them, folded, honorifics dropped. */
interface Parts {
  readonly initials: readonly string[];
  readonly words: readonly string[];
}

/** "V.", "V", "J.-P.", "V.V.": a token of initials, and its letters. */
const INITIALS = /^(?:[a-z]|(?:[a-z]\.-?)+)$/;
const letters = (t: string): string => t.replace(/[.-]/g, '');

/** "Mr. V. V. Minkin" → initials v, v; words minkin. Middle initials of a full name are left out. */
export function nameParts(name: string): Parts | undefined {
  const tokens = fold(name)
    .replace(/[^a-z\s.'-]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !HONORIFICS.has(t.replace(/\.$/, '')));
  let i = 0;
  while (i < tokens.length && INITIALS.test(tokens[i]!)) i++;
  const initials = tokens.slice(0, i).flatMap((t) => [...letters(t)]);
  const words = tokens
    .slice(i)
    .filter((t) => !INITIALS.test(t))
    .map((w) => w.replace(/\.$/, ''));
  if (words.length === 0) return undefined;
  return { initials, words };
}

/**
 * Why `short` (initials, then a surname) and `full` (given names in full, then the same surname) may be
 * one person: the full name's first given name starts with the first initial, any further initial
 * matches the next given name or initial where the full name has one, and the surname words are the
 * full name's last words.
 */
export function sameByInitials(short: string, full: string): string | undefined {
  const s = nameParts(short);
  const f = nameParts(full);
  if (!s || !f || s.initials.length === 0 || f.initials.length > 0) return undefined;
  // The full name's given names: its words before the surname, then its own initials (none here).
  const given = f.words.slice(0, f.words.length - s.words.length);
  if (given.length === 0 || f.words.slice(given.length).join(' ') !== s.words.join(' ')) return undefined;
  if (given[0]!.length < 2) return undefined;
  for (let k = 0; k < s.initials.length && k < given.length; k++)
    if (given[k]![0] !== s.initials[k]) return undefined;
  return `initials of the given names ("${s.initials.join('. ')}." = "${given.join(' ')}"), same surname`;
}

/**
 * Merges of initial-named people into the one full name of the batch they fit. `storedOnly`: entities
 * stored from other documents (stored-anchors.ts), given after the batch's nodes; never both sides.
 */
export function initialMerges(
  nodes: Iterable<GraphNode>,
  storedOnly: (n: GraphNode) => boolean = () => false,
): MergeDecision[] {
  // Keyed by the last word: the surname of a full name and of an initial-named one.
  const blocks = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    if (n.type !== 'Person') continue;
    const p = nameParts(n.name);
    if (!p) continue;
    const last = p.words[p.words.length - 1]!;
    const list = blocks.get(last);
    if (list) list.push(n);
    else if (!storedOnly(n)) blocks.set(last, [n]);
  }
  const merges: MergeDecision[] = [];
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    for (const short of block) {
      if (nameParts(short.name)!.initials.length === 0) continue;
      const fits = block
        .filter((full) => full !== short && !(storedOnly(full) && storedOnly(short)))
        .map((full) => ({ full, reason: sameByInitials(short.name, full.name) }))
        .filter((x) => x.reason !== undefined);
      // Two full names with different given names: ambiguous. The same full name twice (two ids of one
      // spelling, merged elsewhere) is one candidate.
      const names = new Set(fits.map((x) => nameParts(x.full.name)!.words.join(' ')));
      if (names.size !== 1) continue;
      const { full, reason } = fits[0]!;
      merges.push({ kept: full.id, merged: short.id, reason: `${reason}: "${short.name}" = "${full.name}"` });
    }
  }
  return merges;
}
