// What an ingest run is asked to do and what it did, as plain values: the CLI
// prints the summary as a table, the API returns it, tests read it.

import type { Store, WriteResult } from '../../cypher/store/store.ts';
import type { PdfParserOptions } from '../pdf/pdf-parser.ts';
import type { IngestWarning, SourceFormat } from '../types.ts';
import type { ProgressEvent } from './progress.ts';

export interface IngestOptions {
  /** Store to load into; opened from the environment (and closed) when absent and `load` is on. */
  readonly store?: Store;
  /** Load into the store (default true); false = --no-load. */
  readonly load?: boolean;
  /** Write the merged graph export here (--out). */
  readonly out?: string;
  /** Rewrite every document, unchanged ones too, from scratch (--force). */
  readonly force?: boolean;
  /** JSON-lines log of warnings and failures (--log); false for none. */
  readonly log?: string | false;
  /** Larger files are refused (--max-size). */
  readonly maxBytes?: number;
  readonly pdf?: Partial<PdfParserOptions>;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Version of the extraction (default: ingest/extractor-version.ts); documents read by another are re-ingested. */
  readonly extractor?: string;
}

export type FailureStage = 'read' | 'extract' | 'load' | 'export';

export interface IngestFailure {
  readonly path: string;
  readonly file: string;
  readonly stage: FailureStage;
  /** What went wrong and what was expected, without the path. */
  readonly reason: string;
}

/**
 * 'removed': its file is gone from a folder given (ingest/read/missing-files.ts); 'duplicate': another
 * file of the run has the same content, read once (ingest/read/document-keys.ts).
 */
export type DocumentStatus = 'loaded' | 'extracted' | 'skipped' | 'failed' | 'removed' | 'duplicate';

export interface DocumentReport {
  readonly path: string;
  readonly format?: SourceFormat;
  /** The Document node id the extractor gave it. */
  readonly id?: string;
  readonly sha256?: string;
  readonly bytes: number;
  readonly status: DocumentStatus;
  /** Why it was removed (status 'removed'), or which file it duplicates (status 'duplicate'). */
  readonly reason?: string;
}

export interface IngestSummary {
  /** Files found (folders expanded), including those that failed. */
  readonly files: number;
  readonly read: number;
  /** Unchanged since they were last loaded (same sha256), not re-loaded. */
  readonly skipped: number;
  /** Files with the same content as another file of the run: read once, under the first path. */
  readonly duplicates: number;
  readonly failed: number;
  readonly loaded: number;
  /** Of those loaded, unchanged files whose facts changed because another file changed or went. */
  readonly reloaded: number;
  /** Stored documents removed because their file is gone. */
  readonly removed: number;
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
  /** Wall-clock time per phase. */
  readonly timings: { readonly readMs: number; readonly extractMs: number; readonly loadMs: number };
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
