// The PDF child process for real: text, pages and markers back from a PDF
// made by the test; a parser that never finishes is killed at the time
// limit, one that allocates without bound at the memory cap, and the next
// PDF still parses.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfParser } from '../../../ingest/pdf/pdf-parser.ts';
import { makePdf } from '../pipeline/make-pdf.ts';

let dir: string;
let goodPdf: string;

const LONG =
  'The second meeting of the Working Group on Enhanced Cooperation of the United Nations Commission on Science ' +
  'and Technology for Development will be held on 26 and 27 January 2017 in room XXI of the Palais des Nations.';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-pdf-'));
  goodPdf = join(dir, 'good.pdf');
  await writeFile(
    goodPdf,
    makePdf(`Twenty-first session\nGeneva, 14–18 May 2018\n\n${LONG}\n\n^{7} Mr. Peter Major, Chair.\n`),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PDF parsing in a child process', () => {
  it('gives back the text: short lines kept, wrapped lines joined, blank lines, markers', async () => {
    const parser = createPdfParser({ timeoutMs: 20_000, maxMemoryMb: 256 });
    try {
      const outcome = await parser.parse(goodPdf);
      expect(outcome).toEqual({ ok: true, pages: 1, pageStarts: [0], text: expect.any(String) });
      if (outcome.ok)
        expect(outcome.text).toBe(
          `Twenty-first session\nGeneva, 14–18 May 2018\n\n${LONG}\n\n^{7} Mr. Peter Major, Chair.\n`,
        );
    } finally {
      await parser.close();
    }
  });

  it('records where each page starts', async () => {
    const lines = Array.from({ length: 150 }, (_, i) => `Line ${i + 1} of the report.`);
    const path = join(dir, 'pages.pdf');
    await writeFile(path, makePdf(lines.join('\n')));
    const parser = createPdfParser({ timeoutMs: 20_000, maxMemoryMb: 256 });
    try {
      const outcome = await parser.parse(path);
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.pages).toBeGreaterThanOrEqual(2);
      expect(outcome.pageStarts).toHaveLength(outcome.pages);
      outcome.pageStarts.forEach((start, i) => {
        expect(outcome.text.slice(start)).toMatch(/^Line \d+ of the report\./);
        if (i > 0) expect(outcome.text.slice(start - 2, start)).toBe('\n\n');
      });
      expect(outcome.text.replace(/\n\n/g, '\n')).toBe(`${lines.join('\n')}\n`);
    } finally {
      await parser.close();
    }
  });

  it('stops a PDF that never finishes at the time limit, then parses the next one', async () => {
    const hanging = createPdfParser({ timeoutMs: 1500, maxMemoryMb: 256, env: { IG_PDF_WORKER_HANG: '1' } });
    const started = Date.now();
    const outcome = await hanging.parse(goodPdf);
    await hanging.close();
    expect(outcome).toEqual({
      ok: false,
      reason:
        'PDF parsing took longer than 1.5 s and was stopped (--pdf-timeout), expected a PDF that parses in time',
    });
    expect(Date.now() - started).toBeLessThan(40_000);

    const parser = createPdfParser({ timeoutMs: 20_000, maxMemoryMb: 256 });
    try {
      expect((await parser.parse(goodPdf)).ok).toBe(true);
    } finally {
      await parser.close();
    }
  });

  it('reports a parser that runs out of memory, with the cap', async () => {
    const parser = createPdfParser({ timeoutMs: 60_000, maxMemoryMb: 64, env: { IG_PDF_WORKER_BLOAT: '1' } });
    const outcome = await parser.parse(goodPdf);
    await parser.close();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.reason).toMatch(/^PDF parser ran out of memory \(limit 64 MB, --pdf-memory\)/);
  });
});
