// The JSON-lines log of a run (default .data/ingest-log.jsonl, --log): one
// line per warning and per failure, appended, each stamped with the run's
// start time so that runs can be told apart in one file.

import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { IngestWarning } from '../types.ts';
import type { IngestFailure } from './ingest-summary.ts';

export const DEFAULT_LOG = '.data/ingest-log.jsonl';

export interface LogEntry {
  readonly run: string;
  readonly level: 'warning' | 'error';
  readonly kind: 'warning' | 'failure';
  readonly file: string;
  readonly path?: string;
  readonly stage?: string;
  readonly rule?: string;
  readonly message: string;
}

export function logEntries(
  run: string,
  failures: readonly IngestFailure[],
  warnings: readonly IngestWarning[],
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
  ];
}

export async function appendLog(path: string, entries: readonly LogEntry[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}
