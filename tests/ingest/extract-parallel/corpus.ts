// A small real batch for the worker-thread tests: the seed corpus, a few
// synthetic documents (tests/bench/generate-corpus.ts) and a second file giving
// a seed's document again (the duplicate-id merge), read by the real readers.

import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAll } from '../../../ingest/read/read-all.ts';
import type { ExtractionResult, SourceDocument } from '../../../ingest/types.ts';
import { generateCorpus } from '../../bench/generate-corpus.ts';

export const SEEDS = join(import.meta.dirname, '../../../seeds/corpus');

export async function seedPaths(): Promise<string[]> {
  return (await readdir(SEEDS)).sort().map((f) => join(SEEDS, f));
}

export async function readDocs(paths: readonly string[]): Promise<SourceDocument[]> {
  const { docs, failures } = await readAll(paths, {
    maxBytes: 10 * 1024 * 1024,
    known: new Map(),
    readUnchanged: true,
  });
  if (failures.length) throw new Error(`test corpus unreadable: ${failures[0]!.reason}`);
  return docs.map((d) => d.doc);
}

/** Seeds, `syntheticBytes` of generated documents, and one seed again under another name. */
export async function smallBatch(syntheticBytes: number): Promise<{ dir: string; docs: SourceDocument[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'ig-extract-parallel-'));
  const seeds = await seedPaths();
  const synthetic = await generateCorpus(join(dir, 'synthetic'), syntheticBytes);
  const again = join(dir, 'again-of-first-seed.txt');
  await copyFile(seeds[0]!, again);
  return { dir, docs: await readDocs([...seeds, ...synthetic, again]) };
}

/** The whole result as text, in its own order (maps as entry lists): equal text, equal output. */
export function asText(r: ExtractionResult): string {
  return JSON.stringify({ perDocument: [...r.perDocument], merges: r.merges, warnings: r.warnings });
}
