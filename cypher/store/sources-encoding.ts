// How `sources` (a list of objects) is stored, the same in both engines
// (docs/storage.md): one JSON text property with keys in a fixed order
// (document, locator, quote), plus the distinct document ids in a string-list
// property `documents`, which replaceDocument and the `document` filter query.
// Neither engine stores a list of maps on a relationship portably (Neo4j
// properties cannot hold maps), and JSON text round-trips exactly.

import type { Source } from '../model/graph.ts';

/** Characters JSON.stringify escapes (quote, backslash, controls), and surrogates (it escapes lone ones). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string; most strings need no escape, and testing for that is ~2× faster. */
const jsonString = (s: string): string => (NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`);

/** Same text as JSON.stringify of `{document, locator, quote}` objects, without building them (bulk loads). */
export function encodeSources(sources: readonly Source[]): string {
  let out = '[';
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    out += `${i ? ',' : ''}{"document":${jsonString(s.document)},"locator":${jsonString(s.locator)},"quote":${jsonString(s.quote)}}`;
  }
  return `${out}]`;
}

/**
 * The text every encoded source of `documentId` starts with, and that occurs nowhere else in an encoded
 * sources text: `{"` can only open a source object (inside a JSON string every quotation mark is escaped,
 * `\"`), and a JSON string literal is never a prefix of another, so the `,` after the id ends the match
 * exactly at the end of the document value ("document:a" does not find "document:ab"). LadybugDB keeps no
 * `documents` list on relationships and finds a document's relationships with it (document-edges).
 */
export const sourceMarker = (documentId: string): string => `{"document":${JSON.stringify(documentId)},`;

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
