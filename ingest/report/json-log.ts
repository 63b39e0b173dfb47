// The JSON-lines log of a run (default .data/ingest-log.jsonl, --log): one
// line per failure, per warning, per automatic entity merge with its reason
// (issue 3, item 5: "every automatic merge logged") and per document removed
// (its file gone or superseded), appended, each stamped with the run's start time
// so that runs can be told apart in one file.

import { appendFile, mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Removal } from '../read/missing-files.ts';
import type { IngestWarning, MergeDecision } from '../types.ts';
import type { IngestFailure } from './ingest-summary.ts';

export const DEFAULT_LOG = '.data/ingest-log.jsonl';

export interface LogEntry {
  readonly run: string;
  readonly level: 'info' | 'warning' | 'error';
  readonly kind: 'warning' | 'failure' | 'merge' | 'removed';
  /** The Document node id (removals). */
  readonly document?: string;
  readonly file?: string;
  readonly path?: string;
  readonly stage?: string;
  readonly rule?: string;
  readonly message: string;
}

export function logEntries(
  run: string,
  failures: readonly IngestFailure[],
  warnings: readonly IngestWarning[],
  merges: readonly MergeDecision[] = [],
): LogEntry[] {
  return [
    ...failures.map(
      (f): LogEntry => ({
        run,
        level: 'error',
        kind: 'failure',
        file: f.file,
        path: f.path,
        stage: f.stage,
        message: f.reason,
      }),
    ),
    ...warnings.map(
      (w): LogEntry => ({
        run,
        level: w.level,
        kind: 'warning',
        file: w.file,
        ...(w.rule ? { rule: w.rule } : {}),
        message: w.message,
      }),
    ),
    ...merges.map(
      (m): LogEntry => ({
        run,
        level: 'info',
        kind: 'merge',
        message: `${m.merged} merged into ${m.kept}: ${m.reason}`,
      }),
    ),
  ];
}

export const removalEntries = (run: string, removed: readonly Removal[]): LogEntry[] =>
  removed.map((d) => ({
    run,
    level: 'info',
    kind: 'removed',
    file: basename(d.file),
    path: d.file,
    document: d.id,
    message: `${d.id} removed from the store: ${d.reason}`,
  }));

export async function appendLog(path: string, entries: readonly LogEntry[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}
