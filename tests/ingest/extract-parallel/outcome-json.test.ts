// outcome-json: a real document's outcome written in its worker and read in
// the main thread is the same value (every key in its order), sources shared
// per sentence; the document's text is not written (the main thread has it):
// neither the Document node's copy nor the quotes, which come back as slices of
// it; sources of another shape, and quotes not in the text, are written out;
// values JSON cannot carry are refused (they go by structured clone).

import { describe, expect, it } from 'vitest';
import type { Source } from '../../../cypher/model/graph.ts';
import { type DocumentOutcome, firstPass, secondPass } from '../../../ingest/extract/document-passes.ts';
import { loadGazetteer } from '../../../ingest/extract/extract-corpus.ts';
import { decodeOutcome, encodeOutcome } from '../../../ingest/extract/parallel/outcome-json.ts';
import type { Passage } from '../../../ingest/types.ts';
import { readDocs, seedPaths } from './corpus.ts';

interface Seed {
  readonly outcome: DocumentOutcome;
  readonly text: string;
  readonly passages: readonly Passage[];
}

async function seedOutcome(): Promise<Seed> {
  const [doc] = await readDocs((await seedPaths()).slice(0, 1));
  const ctx = firstPass(doc!, loadGazetteer(), []);
  return { outcome: secondPass(ctx), text: doc!.text, passages: ctx.passages };
}

/** Written and read back, as between a worker and the main thread: the text of `before` and what came back. */
function roundTrip({ outcome, text, passages }: Seed): {
  before: string;
  json: string;
  back: DocumentOutcome;
} {
  const before = JSON.stringify(outcome);
  const json = encodeOutcome(outcome, text, passages)!;
  // The main thread's copy of the text is another string than the worker's.
  return { before, json, back: decodeOutcome(json, text.split('').join('')) };
}

describe('outcome-json', () => {
  it('gives back a real outcome exactly, one source object per sentence', async () => {
    const seed = await seedOutcome();
    const facts = [...seed.outcome.graph.nodes, ...seed.outcome.graph.edges];
    const { before, back } = roundTrip(seed);
    expect(JSON.stringify(back)).toBe(before);
    const all = [...back.graph.nodes, ...back.graph.edges].flatMap((f) => f.sources);
    const distinct = new Set(all.map((s) => `${s.document}|${s.locator}|${s.quote}`));
    expect(facts.length).toBeGreaterThan(50);
    expect(new Set(all).size).toBe(distinct.size);
    expect(distinct.size).toBeLessThan(all.length);
  });

  it("does not write the text: not the Document node's copy, not the quotes", async () => {
    const seed = await seedOutcome();
    const doc = seed.outcome.graph.nodes.find((n) => n.type === 'Document')!;
    expect(doc.properties.text).toBe(seed.text);
    const quotes = [...seed.outcome.graph.nodes, ...seed.outcome.graph.edges].flatMap((f) =>
      f.sources.map((s) => s.quote),
    );
    const { json, back } = roundTrip(seed);
    const middle = seed.text.slice(seed.text.length / 2, seed.text.length / 2 + 200);
    expect(json).not.toContain(JSON.stringify(middle).slice(1, -1));
    for (const q of quotes.filter((q) => q.length > 40))
      expect(json).not.toContain(JSON.stringify(q).slice(1, -1));
    const docBack = back.graph.nodes.find((n) => n.type === 'Document')!;
    expect(docBack.properties.text).toBe(seed.text);
  });

  it('writes out sources of another shape (extra field, other order) and quotes not in the text', async () => {
    const seed = await seedOutcome();
    const node = seed.outcome.graph.nodes[0]!;
    const document = node.sources[0]!.document;
    const odd = [
      { ...node.sources[0]!, page: 2 } as Source,
      { quote: 'q', locator: 'para 1', document },
      { document, locator: 'para 1', quote: 'a sentence that is nowhere in the text' },
      { document, locator: 'para 1', quote: '' },
      { document: 'document:other', locator: 'para 99', quote: seed.text.slice(10, 60) },
    ];
    (node as unknown as { sources: Source[] }).sources = [...node.sources, ...odd];
    const { before, json, back } = roundTrip(seed);
    expect(JSON.stringify(back)).toBe(before);
    expect(back.graph.nodes[0]!.sources.slice(-odd.length)).toStrictEqual(odd);
    expect(json).toContain('a sentence that is nowhere in the text');
  });

  it('refuses what JSON would change', async () => {
    const { outcome, text, passages } = await seedOutcome();
    (outcome.graph.nodes[0]!.properties as Record<string, unknown>).extra = undefined;
    expect(encodeOutcome(outcome, text, passages)).toBeUndefined();
  });
});
