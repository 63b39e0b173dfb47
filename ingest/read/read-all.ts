// Reads every file of a run in two passes. First each file's bytes are read
// and hashed (cheap), which tells whether anything changed since the last
// load (same location and sha256 as a stored Document = unchanged). Then the
// text is parsed, PDFs through one child-process parser (started on the first
// PDF, stopped at the end). Unchanged files are parsed too when any file
// changed: entity resolution works across the batch, so the changed file's
// graph (and theirs) depends on their text (ingest/reingest-plan.ts).

import { realpath } from 'node:fs/promises';
import {
  createPdfParser,
  DEFAULT_PDF_OPTIONS,
  type PdfParser,
  type PdfParserOptions,
} from '../pdf/pdf-parser.ts';
import type { DocumentReport } from '../report/ingest-summary.ts';
import type { SourceDocument } from '../types.ts';
import type { ReadFailure } from './read-failure.ts';
import { parseRaw, type RawFile, readRaw } from './read-source.ts';

export interface ReadDoc {
  readonly doc: SourceDocument;
  readonly bytes: number;
  /** Same location and sha256 as stored. */
  readonly unchanged: boolean;
  /** Absolute real path: where the store records the document was read from. */
  readonly location: string;
}

/**
 * When unchanged files are parsed: always (an export of the whole corpus, a
 * forced or pruning run), never, or only when some other file changed.
 */
export type ReadUnchanged = boolean | 'if-any-changed';

export interface ReadAllOptions {
  readonly maxBytes: number;
  readonly pdf?: Partial<PdfParserOptions>;
  /** sha256 of each stored Document, by the location it was read from. */
  readonly known: ReadonlyMap<string, string>;
  readonly readUnchanged: ReadUnchanged;
  readonly onFile?: (path: string, index: number, status: string) => void;
}

export interface ReadAllResult {
  readonly docs: readonly ReadDoc[];
  readonly failures: readonly { readonly path: string; readonly reason: string }[];
  readonly reports: ReadonlyMap<string, DocumentReport>;
  /** Some file read is new or changed. (A file that fails keeps what is stored: not a change.) */
  readonly anyChanged: boolean;
}

type Hashed = { raw: RawFile; location: string; unchanged: boolean } | ReadFailure;

async function hashAll(files: readonly string[], options: ReadAllOptions): Promise<Hashed[]> {
  const out: Hashed[] = [];
  for (const path of files) {
    const raw = await readRaw(path, { maxBytes: options.maxBytes });
    if ('reason' in raw) out.push(raw);
    else {
      const location = await realpath(path).catch(() => path);
      out.push({ raw, location, unchanged: options.known.get(location) === raw.sha256 });
    }
  }
  return out;
}

export async function readAll(files: readonly string[], options: ReadAllOptions): Promise<ReadAllResult> {
  const hashed = await hashAll(files, options);
  const anyChanged = hashed.some((h) => 'raw' in h && !h.unchanged);
  const parseUnchanged = options.readUnchanged === 'if-any-changed' ? anyChanged : options.readUnchanged;
  const docs: ReadDoc[] = [];
  const failures: { path: string; reason: string }[] = [];
  const reports = new Map<string, DocumentReport>();
  let pdf: PdfParser | undefined;
  try {
    for (const [i, h] of hashed.entries()) {
      let status: string;
      if (!('raw' in h)) {
        failures.push({ path: h.path, reason: h.reason });
        reports.set(h.path, { path: h.path, bytes: 0, status: 'failed' });
        status = 'failed';
      } else {
        const { raw, location, unchanged } = h;
        const { path } = raw;
        const base = { path, format: raw.format, sha256: raw.sha256, bytes: raw.bytes.length };
        if (unchanged && !parseUnchanged) {
          reports.set(path, { ...base, status: 'skipped' });
          status = 'skipped (unchanged)';
        } else {
          if (raw.format === 'pdf') pdf ??= createPdfParser({ ...DEFAULT_PDF_OPTIONS, ...options.pdf });
          const outcome = await parseRaw(raw, { maxBytes: options.maxBytes, pdf });
          if (outcome.ok) {
            docs.push({ doc: outcome.doc, bytes: outcome.bytes, unchanged, location });
            reports.set(path, { ...base, status: unchanged ? 'skipped' : 'extracted' });
            status = unchanged ? 'unchanged' : 'read';
          } else {
            failures.push({ path, reason: outcome.failure.reason });
            reports.set(path, { ...base, status: 'failed' });
            status = 'failed';
          }
        }
      }
      options.onFile?.('raw' in h ? h.raw.path : h.path, i, status);
    }
  } finally {
    await pdf?.close();
  }
  return { docs, failures, reports, anyChanged };
}
