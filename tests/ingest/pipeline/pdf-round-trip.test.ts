// Issue 3, item 8: a PDF produced by the test from a text fixture gives the
// same facts as the text itself (node ids and relationship keys; locators may
// differ, a PDF has pages). Real PDF child process, real extractor.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeKey, type Graph } from '../../../cypher/model/graph.ts';
import { extractCorpus } from '../../../ingest/extract/extract-corpus.ts';
import { createPdfParser, type PdfParser } from '../../../ingest/pdf/pdf-parser.ts';
import { readSource } from '../../../ingest/read/read-source.ts';
import type { SourceDocument } from '../../../ingest/types.ts';
import { makePdf } from './make-pdf.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/pipeline');
let dir: string;
let pdf: PdfParser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-roundtrip-'));
  pdf = createPdfParser({ timeoutMs: 30_000, maxMemoryMb: 512 });
});
afterAll(async () => {
  await pdf.close();
  await rm(dir, { recursive: true, force: true });
});

async function read(path: string): Promise<SourceDocument> {
  const outcome = await readSource(path, { maxBytes: 10 * 1024 * 1024, pdf });
  if (!outcome.ok) throw new Error(outcome.failure.reason);
  return outcome.doc;
}

async function facts(doc: SourceDocument) {
  const result = await extractCorpus([doc]);
  const graphs: Graph[] = [...result.perDocument.values()];
  return {
    nodes: graphs.flatMap((g) => g.nodes.map((n) => n.id)).sort(),
    edges: graphs.flatMap((g) => g.edges.map(edgeKey)).sort(),
  };
}

describe('PDF round trip', () => {
  it.each([
    ['cstd-panel-notice.txt', {}],
    ['cstd-panel-notice.txt', { fontSize: 9, width: 842, height: 595 }], // landscape: other line breaks
    ['wgec-meeting.md', { height: 300 }], // short pages: paragraphs run across pages
  ])('%s as a PDF %j gives the same facts as the text', async (name, layout) => {
    const textPath = join(FIXTURES, name);
    const pdfPath = join(dir, `${name}.pdf`);
    await writeFile(pdfPath, makePdf(await readFile(textPath, 'utf8'), layout));
    const fromText = await facts(await read(textPath));
    const fromPdf = await read(pdfPath);
    expect(fromPdf.format).toBe('pdf');
    expect(fromPdf.pageStarts?.length).toBeGreaterThanOrEqual(1);
    const fromPdfFacts = await facts(fromPdf);
    // Not vacuous: the fixtures name people, bodies, meetings and resolutions.
    expect(fromText.nodes.length).toBeGreaterThanOrEqual(5);
    expect(fromText.edges.length).toBeGreaterThanOrEqual(1);
    expect(fromPdfFacts).toEqual(fromText);
  });
});
