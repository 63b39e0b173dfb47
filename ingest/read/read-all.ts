// Reads every file of a run, one at a time, PDFs through one child-process
// parser (started on the first PDF, stopped at the end). Unchanged files
// (same base name and sha256 as a stored Document) are not parsed unless the
// caller still needs their text (for a complete --out export).

import { basename } from 'node:path';
import {
  createPdfParser,
  DEFAULT_PDF_OPTIONS,
  type PdfParser,
  type PdfParserOptions,
} from '../pdf/pdf-parser.ts';
import type { DocumentReport } from '../report/ingest-summary.ts';
import type { SourceDocument } from '../types.ts';
import { parseRaw, readRaw } from './read-source.ts';

export interface ReadDoc {
  readonly doc: SourceDocument;
  readonly bytes: number;
  /** Same sha256 as stored: read for the export only, not re-loaded. */
  readonly unchanged: boolean;
}

export interface ReadAllOptions {
  readonly maxBytes: number;
  readonly pdf?: Partial<PdfParserOptions>;
  /** sha256 values already stored, by file base name. */
  readonly known: ReadonlyMap<string, ReadonlySet<string>>;
  /** Parse unchanged files too (their text is needed for the export). */
  readonly readUnchanged: boolean;
  readonly onFile?: (path: string, index: number, status: string) => void;
}

export interface ReadAllResult {
  readonly docs: readonly ReadDoc[];
  readonly failures: readonly { readonly path: string; readonly reason: string }[];
  readonly reports: ReadonlyMap<string, DocumentReport>;
}

export async function readAll(files: readonly string[], options: ReadAllOptions): Promise<ReadAllResult> {
  const docs: ReadDoc[] = [];
  const failures: { path: string; reason: string }[] = [];
  const reports = new Map<string, DocumentReport>();
  let pdf: PdfParser | undefined;
  const fail = (path: string, reason: string, report: DocumentReport) => {
    failures.push({ path, reason });
    reports.set(path, report);
    return 'failed';
  };
  try {
    for (const [i, path] of files.entries()) {
      const raw = await readRaw(path, { maxBytes: options.maxBytes });
      let status: string;
      if ('reason' in raw) status = fail(path, raw.reason, { path, bytes: 0, status: 'failed' });
      else {
        const unchanged = options.known.get(basename(path))?.has(raw.sha256) ?? false;
        const base = { path, format: raw.format, sha256: raw.sha256, bytes: raw.bytes.length };
        if (unchanged && !options.readUnchanged) {
          reports.set(path, { ...base, status: 'skipped' });
          status = 'skipped (unchanged)';
        } else {
          if (raw.format === 'pdf') pdf ??= createPdfParser({ ...DEFAULT_PDF_OPTIONS, ...options.pdf });
          const outcome = await parseRaw(raw, { maxBytes: options.maxBytes, pdf });
          if (outcome.ok) {
            docs.push({ doc: outcome.doc, bytes: outcome.bytes, unchanged });
            reports.set(path, { ...base, status: unchanged ? 'skipped' : 'extracted' });
            status = unchanged ? 'unchanged' : 'read';
          } else status = fail(path, outcome.failure.reason, { ...base, status: 'failed' });
        }
      }
      options.onFile?.(path, i, status);
    }
  } finally {
    await pdf?.close();
  }
  return { docs, failures, reports };
}
