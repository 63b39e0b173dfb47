// What an ingest run did, as a plain value: the CLI prints it as a table,
// the API returns it, tests read it.

import type { WriteResult } from '../../cypher/store/store.ts';
import type { IngestWarning, SourceFormat } from '../types.ts';

export type FailureStage = 'read' | 'extract' | 'load' | 'export';

export interface IngestFailure {
  readonly path: string;
  readonly file: string;
  readonly stage: FailureStage;
  /** What went wrong and what was expected, without the path. */
  readonly reason: string;
}

export type DocumentStatus = 'loaded' | 'extracted' | 'skipped' | 'failed';

export interface DocumentReport {
  readonly path: string;
  readonly format?: SourceFormat;
  /** The Document node id the extractor gave it. */
  readonly id?: string;
  readonly sha256?: string;
  readonly bytes: number;
  readonly status: DocumentStatus;
}

export interface IngestSummary {
  /** Files found (folders expanded), including those that failed. */
  readonly files: number;
  readonly read: number;
  /** Unchanged since they were last loaded (same sha256), not re-loaded. */
  readonly skipped: number;
  readonly failed: number;
  readonly loaded: number;
  /** Bytes of the files read. */
  readonly bytes: number;
  /** Characters of text extracted from. */
  readonly chars: number;
  readonly documents: readonly DocumentReport[];
  readonly failures: readonly IngestFailure[];
  readonly warnings: readonly IngestWarning[];
  readonly merges: number;
  readonly nodesByType: Readonly<Record<string, number>>;
  readonly edgesByType: Readonly<Record<string, number>>;
  readonly nodes: number;
  readonly edges: number;
  /** Sum of the store's write results (when loaded). */
  readonly writes?: WriteResult;
  readonly out?: string;
  readonly log?: string;
  readonly durationMs: number;
}

export const emptyWrites = (): WriteResult => ({
  nodesCreated: 0,
  nodesUpdated: 0,
  nodesDeleted: 0,
  edgesCreated: 0,
  edgesUpdated: 0,
  edgesDeleted: 0,
});

export function addWrites(a: WriteResult, b: WriteResult): WriteResult {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesUpdated: a.nodesUpdated + b.nodesUpdated,
    nodesDeleted: a.nodesDeleted + b.nodesDeleted,
    edgesCreated: a.edgesCreated + b.edgesCreated,
    edgesUpdated: a.edgesUpdated + b.edgesUpdated,
    edgesDeleted: a.edgesDeleted + b.edgesDeleted,
  };
}
