// A worker that dies or throws, or a document that throws in the main thread
// (it extracts a share), fails its batch promptly (no hang, no thread left
// running), and runExtraction then extracts one document at a time in
// process: the good documents are ingested, the bad one is reported.
// The dying worker is real: IG_EXTRACT_WORKER_EXIT_ON (parallel/protocol.ts)
// makes a worker thread exit when it is handed the named file. The workers are
// handed the largest documents first, the main thread takes the smallest: the
// largest seed goes to a worker, a document of 64 characters stays here.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus, extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { EXIT_HOOK } from '../../../ingest/extract/parallel/protocol.ts';
import { runExtraction } from '../../../ingest/run-extraction.ts';
import type { SourceDocument } from '../../../ingest/types.ts';
import { asText, readDocs, seedPaths } from './corpus.ts';

const FORCED = { parallel: { workers: 2, minChars: 0 } };
let seeds: SourceDocument[];
/** The largest seed: the first document a worker is handed. */
let largest: SourceDocument;
/** A document the segmenter cannot read (its text is not a string): extraction throws on it, in any thread. */
let broken: SourceDocument;
/** The same, larger than any seed: a worker is handed it. */
let brokenLarge: SourceDocument;

beforeAll(async () => {
  seeds = await readDocs(await seedPaths());
  broken = {
    ...seeds[0]!,
    path: '/corpus/broken.txt',
    file: 'broken.txt',
    text: { length: 64 } as unknown as string,
  };
  brokenLarge = {
    ...broken,
    path: '/corpus/broken-large.txt',
    file: 'broken-large.txt',
    text: { length: 1e7 } as unknown as string,
  };
  largest = [...seeds].sort((a, b) => b.text.length - a.text.length)[0]!;
});

const saved = { ...process.env };
afterEach(() => {
  for (const k of [EXIT_HOOK, 'INGEST_WORKERS', 'INGEST_PARALLEL_MIN_MB']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('a failing extraction worker', () => {
  it('the in-process path throws on the broken document too (the case is real)', () => {
    expect(() => extractCorpusSerial([...seeds, broken])).toThrow(/text\.split is not a function/);
  });

  it('a worker that exits fails the batch with the exit code and the document it held', async () => {
    process.env[EXIT_HOOK] = largest.file;
    const failure = extractCorpus(seeds, FORCED);
    await expect(failure).rejects.toThrow(
      /^extraction worker failed: a worker thread stopped \(exit code 70\) \(it held /,
    );
    await expect(failure).rejects.toThrow(largest.file);
  });

  it('threads that cannot start: the batch is extracted in process, with a warning saying so', async () => {
    process.env[EXIT_HOOK] = ':start';
    const result = await extractCorpus(seeds, FORCED);
    const serial = extractCorpusSerial(seeds);
    expect(result.warnings[0]).toEqual({
      level: 'warning',
      file: seeds[0]!.file,
      rule: 'workers',
      message:
        'extraction worker threads could not start: a worker thread stopped (exit code 70); extracted in process',
    });
    expect(asText({ ...result, warnings: result.warnings.slice(1) })).toBe(asText(serial));
  });

  it('a worker that throws fails the batch with the error', async () => {
    await expect(extractCorpus([...seeds, brokenLarge], FORCED)).rejects.toThrow(
      /^extraction worker failed: text\.split is not a function.* \(it held broken-large\.txt/,
    );
  });

  it('a document that throws in the main thread fails the batch with its error, as in process', async () => {
    const failure = extractCorpus([...seeds, broken], FORCED);
    await expect(failure).rejects.toThrow(/^text\.split is not a function/);
    await expect(failure).rejects.toBeInstanceOf(TypeError);
  });

  it('the main thread extracts a share: of two documents, the worker is handed the larger only', async () => {
    const two = [largest, seeds.find((d) => d !== largest)!];
    process.env[EXIT_HOOK] = two[1]!.file;
    const result = await extractCorpus(two, FORCED);
    expect(asText(result)).toBe(asText(extractCorpusSerial(two)));
  });

  it('a batch after a failed one runs normally (nothing left over)', async () => {
    await expect(extractCorpus([...seeds, brokenLarge], FORCED)).rejects.toThrow();
    await expect(extractCorpus([...seeds, broken], FORCED)).rejects.toThrow();
    const again = await extractCorpus(seeds, FORCED);
    expect(asText(again)).toBe(asText(extractCorpusSerial(seeds)));
  });
});

describe('runExtraction over workers', () => {
  it('falls back to one document at a time when a worker exits: every document extracted', async () => {
    process.env.INGEST_WORKERS = '2';
    process.env.INGEST_PARALLEL_MIN_MB = '0';
    process.env[EXIT_HOOK] = largest.file;
    const run = await runExtraction(seeds);
    expect(run.failures).toEqual([]);
    expect(run.idByPath.size).toBe(seeds.length);
    // Not the batch's output (the seeds resolve across documents), so the fallback did run.
    expect(asText(run.result)).not.toBe(asText(extractCorpusSerial(seeds)));
    // One at a time: each document's graph is the one it gives alone.
    for (const doc of seeds) {
      const alone = extractCorpusSerial([doc]);
      const [id, graph] = [...alone.perDocument][0]!;
      expect(run.idByPath.get(doc.path)).toBe(id);
      expect(JSON.stringify(run.result.perDocument.get(id))).toBe(JSON.stringify(graph));
    }
  });

  it('reports the broken document and extracts the others when a worker throws', async () => {
    process.env.INGEST_WORKERS = '2';
    process.env.INGEST_PARALLEL_MIN_MB = '0';
    const run = await runExtraction([...seeds, brokenLarge]);
    expect(run.failures).toEqual([
      {
        path: brokenLarge.path,
        reason: expect.stringMatching(/^extraction failed \(text\.split is not a function/),
      },
    ]);
    expect(run.idByPath.size).toBe(seeds.length);
  });

  it('reports the broken document and extracts the others when it throws in the main thread', async () => {
    process.env.INGEST_WORKERS = '2';
    process.env.INGEST_PARALLEL_MIN_MB = '0';
    const run = await runExtraction([...seeds, broken]);
    expect(run.failures).toEqual([
      {
        path: broken.path,
        reason: expect.stringMatching(/^extraction failed \(text\.split is not a function/),
      },
    ]);
    expect(run.idByPath.size).toBe(seeds.length);
  });

  it('is the whole batch on workers when nothing fails', async () => {
    process.env.INGEST_WORKERS = '2';
    process.env.INGEST_PARALLEL_MIN_MB = '0';
    const run = await runExtraction(seeds);
    expect(run.failures).toEqual([]);
    expect(asText(run.result)).toBe(asText(extractCorpusSerial(seeds)));
  });
});
