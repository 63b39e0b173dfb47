// A report to two organs has a joint symbol ("A/63/72–E/2008/48", the Secretary-General's WSIS report to the
// General Assembly and the Economic and Social Council), and another text may cite it by one half only: a
// draft resolution of the Commission "Taking note of the Report of the Secretary-General … contained in
// reference E/2008/48". The cited half is the same document: its node, made from the citation alone (no file),
// joins the document whose joint symbol holds that half. Two documents ingested from files stay apart.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { jointParts } from '../extract/rules/symbol-grammar.ts';
import type { MergeDecision } from '../types.ts';

const symbolOf = (n: GraphNode): string | undefined =>
  n.type === 'Document' && typeof n.properties.symbol === 'string' ? n.properties.symbol : undefined;

export function jointSymbolMerges(nodes: readonly GraphNode[]): MergeDecision[] {
  // Each half, to the one document whose joint symbol holds it (a half two joint symbols share is left alone).
  const byPart = new Map<string, string | null>();
  for (const n of nodes) {
    const s = symbolOf(n);
    if (!s) continue;
    for (const part of jointParts(s).slice(1)) byPart.set(part, byPart.has(part) ? null : n.id);
  }
  if (byPart.size === 0) return [];
  const out: MergeDecision[] = [];
  for (const n of nodes) {
    const s = symbolOf(n);
    if (!s || n.properties.file !== undefined) continue;
    const kept = byPart.get(s);
    if (kept && kept !== n.id)
      out.push({ kept, merged: n.id, reason: `joint symbol: "${s}" is one half of ${kept}` });
  }
  return out;
}

/** A cited half's node renamed to the report it joined: the report's joint symbol, not the half, is the symbol. */
export function asKeptDocument(n: GraphNode, kept: GraphNode): GraphNode {
  return {
    ...n,
    id: kept.id,
    name: kept.name,
    aliases: [...n.aliases, n.name],
    properties: {
      ...n.properties,
      ...(kept.properties.symbol !== undefined ? { symbol: kept.properties.symbol } : {}),
    },
  };
}
