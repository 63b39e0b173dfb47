// One file → a SourceDocument, or a ReadFailure saying what was expected.
// Checks run cheapest first: extension, size (from stat, before reading),
// then content (empty, binary, UTF-8) or the PDF child process.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { PdfParser } from '../pdf/pdf-parser.ts';
import type { SourceDocument, SourceFormat } from '../types.ts';
import { decodeText } from './decode-text.ts';
import { htmlToText } from './html-to-text.ts';
import { formatBytes, type ReadFailure, readFailure } from './read-failure.ts';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

export function formatOf(path: string): SourceFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

export interface ReadOptions {
  /** Files above this size are refused (--max-size). */
  readonly maxBytes: number;
  /** Needed for .pdf files; without it a PDF is a failure. */
  readonly pdf?: PdfParser;
}

export type ReadOutcome =
  | { readonly ok: true; readonly doc: SourceDocument; readonly bytes: number }
  | { readonly ok: false; readonly failure: ReadFailure };

/** What is known before the content is parsed: enough to decide whether a file is unchanged. */
export interface RawFile {
  readonly path: string;
  readonly format: SourceFormat;
  readonly bytes: Buffer;
  readonly sha256: string;
}

const fail = (path: string, reason: string): ReadOutcome => ({
  ok: false,
  failure: readFailure(path, reason),
});

/** Reads the bytes and hashes them, or says why the file cannot be used. */
export async function readRaw(path: string, options: ReadOptions): Promise<RawFile | ReadFailure> {
  const format = formatOf(path);
  if (!format) {
    const ext = extname(path) || '(none)';
    return readFailure(path, `unsupported extension ${ext}, expected .txt .md .html .pdf`);
  }
  try {
    const info = await stat(path);
    if (!info.isFile()) return readFailure(path, 'not a regular file, expected a file');
    if (info.size > options.maxBytes)
      return readFailure(
        path,
        `file is ${formatBytes(info.size)}, limit is ${formatBytes(options.maxBytes)} (--max-size)`,
      );
    const bytes = await readFile(path);
    return { path, format, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return readFailure(path, 'no such file, expected an existing file');
    return readFailure(path, `cannot read (${(error as Error).message}), expected a readable file`);
  }
}

/** Turns the bytes into the text quotes are copied from. */
export async function parseRaw(raw: RawFile, options: ReadOptions): Promise<ReadOutcome> {
  const { path, format, sha256 } = raw;
  const base = { path, file: basename(path), format, sha256 };
  if (format === 'pdf') {
    if (raw.bytes.length === 0) return fail(path, 'file is empty, expected a PDF');
    if (!raw.bytes.subarray(0, 1024).includes('%PDF-'))
      return fail(path, 'no %PDF- header, expected a PDF file');
    // PDF 1.7 (ISO 32000-1) 7.5.5: a file ends with %%EOF; pdf.js would quietly recover what it can of a
    // truncated file, and a half document is worse than a clear failure.
    if (!raw.bytes.subarray(-1024).includes('%%EOF'))
      return fail(path, 'PDF is truncated (no %%EOF marker at the end), expected a complete PDF file');
    if (!options.pdf) return fail(path, 'PDF parsing is not available here, expected .txt .md .html');
    const parsed = await options.pdf.parse(path);
    if (!parsed.ok) return fail(path, parsed.reason);
    if (!parsed.text.trim())
      return fail(
        path,
        `PDF has no text layer (${parsed.pages} pages, scanned images?), expected a PDF with text`,
      );
    return {
      ok: true,
      doc: { ...base, text: parsed.text, pageStarts: parsed.pageStarts },
      bytes: raw.bytes.length,
    };
  }
  const decoded = decodeText(raw.bytes);
  if (!decoded.ok) return fail(path, decoded.reason);
  const text = format === 'html' ? htmlToText(decoded.text) : decoded.text;
  if (!text.trim()) return fail(path, 'HTML page has no text, expected a page with text');
  return { ok: true, doc: { ...base, text }, bytes: raw.bytes.length };
}

export async function readSource(path: string, options: ReadOptions): Promise<ReadOutcome> {
  const raw = await readRaw(path, options);
  return 'reason' in raw ? { ok: false, failure: raw } : parseRaw(raw, options);
}
