// A batch extracted on worker threads gives exactly what the in-process path
// gives: the same graphs (every property, alias and source, in the same
// order), the same merges, the same warnings in the same order.

import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus, extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import type { ExtractionResult, SourceDocument } from '../../../ingest/types.ts';
import { docFromText } from '../extract/helpers.ts';
import { asText, smallBatch } from './corpus.ts';

let dir: string;
let docs: SourceDocument[];
let serial: ExtractionResult;

beforeAll(async () => {
  ({ dir, docs } = await smallBatch(300 * 1024));
  serial = extractCorpusSerial(docs);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extraction on worker threads', () => {
  it('covers what the batch should: several documents, a duplicate document id, merges', () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
    expect(serial.warnings.some((w) => /is also given by another file/.test(w.message))).toBe(true);
    expect(serial.merges.length).toBeGreaterThan(0);
  });

  it.each([2, 3])('gives the in-process output byte for byte on %i workers', async (workers) => {
    const parallel = await extractCorpus(docs, { parallel: { workers, minChars: 0 } });
    expect(asText(parallel)).toBe(asText(serial));
  });

  it('gives the in-process output with more workers than documents', async () => {
    const two = docs.slice(0, 2);
    const parallel = await extractCorpus(two, { parallel: { workers: 4, minChars: 0 } });
    expect(asText(parallel)).toBe(asText(extractCorpusSerial(two)));
  });

  it('gives each worker the people the other workers found (two documents, one per worker)', async () => {
    // The e-mail in b is Mr. Peter Example's only through a's first pass (rules/people-known.ts).
    const a = docFromText(
      'a.txt',
      '1. The session was moderated by Mr. Peter Example, Vice-Chair of the Commission.',
    );
    const b = docFromText('b.txt', ' Slide title \n\n• a point\n\n   pexample@example.org  ');
    const parallel = await extractCorpus([a, b], { parallel: { workers: 2, minChars: 0 } });
    const person = parallel.perDocument.get('document:b')?.nodes.find((n) => n.id === 'person:peter-example');
    expect(person?.properties.email).toBe('pexample@example.org');
    expect(asText(parallel)).toBe(asText(extractCorpusSerial([a, b])));
  });
});
