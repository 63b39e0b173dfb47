// outcome-json: a real document's outcome written in its worker and read in
// the main thread is the same value (every key in its order), sources shared
// per sentence; sources of another shape are written out; values JSON cannot
// carry are refused (they go by structured clone).

import { describe, expect, it } from 'vitest';
import type { Source } from '../../../cypher/model/graph.ts';
import { type DocumentOutcome, firstPass, secondPass } from '../../../ingest/extract/document-passes.ts';
import { loadGazetteer } from '../../../ingest/extract/extract-corpus.ts';
import { decodeOutcome, encodeOutcome } from '../../../ingest/extract/parallel/outcome-json.ts';
import { readDocs, seedPaths } from './corpus.ts';

async function seedOutcome(): Promise<DocumentOutcome> {
  const [doc] = await readDocs((await seedPaths()).slice(0, 1));
  return secondPass(firstPass(doc!, loadGazetteer(), []));
}

describe('outcome-json', () => {
  it('gives back a real outcome exactly, one source object per sentence', async () => {
    const outcome = await seedOutcome();
    const before = JSON.stringify(outcome);
    const facts = [...outcome.graph.nodes, ...outcome.graph.edges];
    const back = decodeOutcome(encodeOutcome(outcome)!);
    expect(JSON.stringify(back)).toBe(before);
    const all = [...back.graph.nodes, ...back.graph.edges].flatMap((f) => f.sources);
    const distinct = new Set(all.map((s) => `${s.document}|${s.locator}|${s.quote}`));
    expect(facts.length).toBeGreaterThan(50);
    expect(new Set(all).size).toBe(distinct.size);
    expect(distinct.size).toBeLessThan(all.length);
  });

  it('writes out sources of another shape (extra field, other order) as they are', async () => {
    const outcome = await seedOutcome();
    const node = outcome.graph.nodes[0]!;
    const odd = [
      { ...node.sources[0]!, page: 2 } as Source,
      { quote: 'q', locator: 'para 1', document: node.sources[0]!.document },
    ];
    (node as unknown as { sources: Source[] }).sources = [...node.sources, ...odd];
    const before = JSON.stringify(outcome);
    const back = decodeOutcome(encodeOutcome(outcome)!);
    expect(JSON.stringify(back)).toBe(before);
    expect(back.graph.nodes[0]!.sources.slice(-2)).toStrictEqual(odd);
  });

  it('refuses what JSON would change', async () => {
    const outcome = await seedOutcome();
    (outcome.graph.nodes[0]!.properties as Record<string, unknown>).extra = undefined;
    expect(encodeOutcome(outcome)).toBeUndefined();
  });
});
