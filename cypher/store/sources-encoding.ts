// How `sources` (a list of objects) is stored, the same in both engines
// (docs/storage.md): one JSON text property with keys in a fixed order
// (document, locator, quote), plus the distinct document ids in a string-list
// property `documents`, which replaceDocument and the `document` filter query.
// Neither engine stores a list of maps on a relationship portably (Neo4j
// properties cannot hold maps), and JSON text round-trips exactly.

import type { Source } from '../model/graph.ts';

/** Same text as JSON.stringify of `{document, locator, quote}` objects, without building them (bulk loads). */
export function encodeSources(sources: readonly Source[]): string {
  let out = '[';
  for (const s of sources) {
    if (out.length > 1) out += ',';
    out += `{"document":${JSON.stringify(s.document)},"locator":${JSON.stringify(s.locator)},"quote":${JSON.stringify(s.quote)}}`;
  }
  return `${out}]`;
}

export function decodeSources(text: unknown): Source[] {
  if (typeof text !== 'string' || !text) return [];
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((s: Record<string, unknown>) => ({
    document: String(s.document ?? ''),
    locator: String(s.locator ?? ''),
    quote: String(s.quote ?? ''),
  }));
}

/** Distinct document ids, sorted (stable stored value, so re-writing the same sources changes nothing). */
export function documentsOf(sources: readonly Source[]): string[] {
  if (sources.length === 1) return [sources[0]!.document];
  return [...new Set(sources.map((s) => s.document))].sort();
}
