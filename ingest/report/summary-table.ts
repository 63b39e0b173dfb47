// The table printed at the end of a run: documents read / skipped / failed,
// nodes and relationships by type, warnings, and each failure on its own line
// (path: what was expected) so a user can fix the file and run again.

import { formatBytes } from '../read/read-failure.ts';
import type { IngestSummary } from './ingest-summary.ts';

type Row = readonly [string, string | number];

function section(title: string, rows: readonly Row[], header = 'count'): string[] {
  const width = Math.max(title.length, ...rows.map(([k]) => k.length + 2));
  const valueWidth = Math.max(header.length, ...rows.map(([, v]) => String(v).length));
  return [
    `${title.padEnd(width)}  ${header.padStart(valueWidth)}`.trimEnd(),
    // Counts right-aligned; free text (a header of '') left-aligned.
    ...rows.map(([k, v]) => `  ${k.padEnd(width - 2)}  ${header ? String(v).padStart(valueWidth) : v}`),
  ];
}

function byType(counts: Readonly<Record<string, number>>): Row[] {
  return Object.entries(counts)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]): Row => [k, v]);
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function formatSummary(s: IngestSummary): string {
  const seconds = s.durationMs / 1000;
  const lines = [
    ...section('documents', [
      ['files', s.files],
      ['read', s.read],
      ['skipped (unchanged)', s.skipped],
      ['skipped (same content as another file)', s.duplicates],
      ['failed', s.failed],
      ['loaded into the store', s.loaded],
      ['  of them unchanged, re-resolved', s.reloaded],
      ['removed (file gone or superseded)', s.removed],
    ]),
    '',
    ...section('nodes by type', [...byType(s.nodesByType), ['total', s.nodes]]),
    '',
    ...section('relationships by type', [...byType(s.edgesByType), ['total', s.edges]]),
    '',
    ...section(
      'other',
      [
        ['warnings', s.warnings.length],
        ['entity merges', s.merges],
        ['text read', formatBytes(s.bytes)],
        [
          'time',
          `${seconds.toFixed(1)} s (read ${sec(s.timings.readMs)}, extract ${sec(s.timings.extractMs)}, load ${sec(s.timings.loadMs)})`,
        ],
      ],
      '',
    ),
  ];
  if (s.writes) {
    const w = s.writes;
    lines.push(
      '',
      `store: nodes +${w.nodesCreated} ~${w.nodesUpdated} -${w.nodesDeleted}, ` +
        `relationships +${w.edgesCreated} ~${w.edgesUpdated} -${w.edgesDeleted}`,
    );
  }
  if (s.out) lines.push(`graph written to ${s.out}`);
  const removed = s.documents.filter((d) => d.status === 'removed');
  if (removed.length) {
    lines.push('', `removed from the store (${removed.length}):`);
    for (const d of removed) lines.push(`  ${d.path} (${d.id}): ${d.reason ?? 'file gone'}`);
  }
  if (s.failures.length) {
    lines.push('', `failures (${s.failures.length}):`);
    for (const f of s.failures) lines.push(`  ${f.path}: ${f.reason}`);
  }
  if (s.log && (s.failures.length || s.warnings.length || removed.length)) lines.push(`details in ${s.log}`);
  return `${lines.join('\n')}\n`;
}
