// The child process that parses PDFs (run by pdf-parser.ts with a heap cap,
// killed when it takes too long): a hostile or broken PDF can make pdf.js
// loop or allocate without bound, and that must not take the ingest run down.
// Protocol (IPC): parent sends { id, path }; child answers
// { id, ok: true, text, pageStarts, pages } or { id, ok: false, reason }.
//
// Test hooks (tests/ingest/read): IG_PDF_WORKER_HANG=1 makes the child spin
// forever on the next job; IG_PDF_WORKER_BLOAT=1 makes it allocate until the
// heap cap kills it. Both simulate PDFs that never finish or blow up.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutPages } from './pdf-layout.ts';
import type { TextRun } from './pdf-lines.ts';

interface Job {
  readonly id: number;
  readonly path: string;
}

const require = createRequire(import.meta.url);
const STANDARD_FONTS = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

function simulateTrouble(): void {
  if (process.env.IG_PDF_WORKER_HANG === '1') for (;;) {}
  if (process.env.IG_PDF_WORKER_BLOAT === '1') {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
}

function toRun(item: unknown): TextRun | undefined {
  const it = item as { str?: string; transform?: number[]; width?: number; hasEOL?: boolean };
  if (typeof it.str !== 'string' || !it.transform) return undefined;
  const [, , c = 0, d = 0, x = 0, y = 0] = it.transform;
  return { str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(c, d) || 1, hasEOL: Boolean(it.hasEOL) };
}

async function parse(path: string) {
  const data = new Uint8Array(await readFile(path));
  const task = getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: VerbosityLevel.ERRORS,
  });
  const doc = await task.promise;
  try {
    const pages: TextRun[][] = [];
    const widths: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, , x1 = 595] = page.view;
      widths.push(Math.abs(x1 - x0));
      const content = await page.getTextContent();
      pages.push(content.items.map(toRun).filter((r): r is TextRun => r !== undefined));
      page.cleanup();
    }
    return { ...layoutPages(pages, widths), pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}

function explain(error: unknown): string {
  const e = error as Error;
  if (e?.name === 'PasswordException') return 'PDF is password-protected, expected an unencrypted PDF';
  if (e?.name === 'InvalidPDFException') return `not a valid PDF (${e.message}), expected a PDF file`;
  return `cannot parse PDF (${e?.message ?? String(error)}), expected a valid PDF file`;
}

process.on('message', async (job: Job) => {
  simulateTrouble();
  try {
    const result = await parse(job.path);
    process.send?.({ id: job.id, ok: true, ...result });
  } catch (error) {
    process.send?.({ id: job.id, ok: false, reason: explain(error) });
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
