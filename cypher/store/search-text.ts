// Search terms of a node and their folded form (case- and accent-insensitive):
// name, aliases, and the symbol / acronym properties, since users type
// "A/RES/70/125" or "WGEC" as often as names. Stored folded in the `search`
// column (docs/storage.md), one term per line.

import type { GraphNode } from '../model/graph.ts';

const TERM_PROPERTIES = ['symbol', 'acronym'] as const;

/** Lower-case, accents removed, runs of white space collapsed. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type TermKind = 'name' | 'alias' | 'symbol' | 'acronym';

export interface Term {
  readonly text: string;
  readonly kind: TermKind;
}

export function searchTerms(node: Pick<GraphNode, 'name' | 'aliases' | 'properties'>): Term[] {
  const out: Term[] = [{ text: node.name, kind: 'name' }];
  for (const a of node.aliases) out.push({ text: a, kind: 'alias' });
  for (const p of TERM_PROPERTIES) {
    const v = node.properties[p];
    if (typeof v === 'string' && v) out.push({ text: v, kind: p });
  }
  return out;
}

const TAGS: Record<TermKind, string> = { name: 'n', alias: 'a', symbol: 's', acronym: 'c' };
const KINDS: Record<string, TermKind> = { n: 'name', a: 'alias', s: 'symbol', c: 'acronym' };

/** The stored `search` value: kind-tagged folded terms, one per line ("n:…", "a:…", "s:…", "c:…"). */
export function searchColumn(node: Pick<GraphNode, 'name' | 'aliases' | 'properties'>): string {
  return searchTerms(node)
    .map((t) => `${TAGS[t.kind]}:${fold(t.text)}`)
    .join('\n');
}

export function parseSearchColumn(value: string): Term[] {
  return value
    .split('\n')
    .filter((l) => l.length > 2)
    .map((l) => ({ kind: KINDS[l.charAt(0)] ?? 'alias', text: l.slice(2) }));
}
