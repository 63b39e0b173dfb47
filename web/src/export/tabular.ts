// Export of the current view as CSV (one table: nodes then edges, spreadsheet
// friendly) and as JSON in the graph-export shape of ../shared/MODEL.md.

import type { Entity, Relationship } from '../types.ts';

/** RFC 4180 field: quoted when it holds a comma, quote or line break. Leading =,+,-,@ are
 * prefixed with ' so spreadsheets do not run them as formulas. */
export function csvField(value: unknown): string {
  let s =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEADER = ['kind', 'id', 'type', 'name', 'from', 'to', 'properties', 'sources'];

export function toCsv(nodes: readonly Entity[], edges: readonly Relationship[]): string {
  const rows: unknown[][] = [HEADER];
  const sources = (s: Entity['sources']) =>
    s.map((x) => `${x.documentLabel ?? x.document}, ${x.locator}: “${x.quote}”`).join(' | ');
  for (const n of nodes) rows.push(['node', n.id, n.type, n.name, '', '', n.properties, sources(n.sources)]);
  const name = new Map(nodes.map((n) => [n.id, n.name]));
  for (const e of edges) {
    rows.push([
      'edge',
      e.id,
      e.type,
      `${name.get(e.from) ?? e.from} → ${name.get(e.to) ?? e.to}`,
      e.from,
      e.to,
      e.properties,
      sources(e.sources),
    ]);
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const plainSources = (s: Entity['sources']) =>
  s.map(({ document, locator, quote }) => ({ document, locator, quote }));

export function toJson(nodes: readonly Entity[], edges: readonly Relationship[]): string {
  return `${JSON.stringify(
    {
      nodes: nodes.map((n) => ({
        id: n.id,
        type: n.type,
        name: n.name,
        aliases: n.aliases,
        properties: n.properties,
        sources: plainSources(n.sources),
      })),
      edges: edges.map((e) => ({
        type: e.type,
        from: e.from,
        to: e.to,
        properties: e.properties,
        sources: plainSources(e.sources),
      })),
    },
    null,
    2,
  )}\n`;
}

/** Starts a browser download of text or a blob. */
export function download(filename: string, content: string | Blob, mime = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${mime};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
