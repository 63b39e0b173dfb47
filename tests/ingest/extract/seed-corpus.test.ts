// The seed corpus: every graph passes the model's validation, every node and
// relationship has a source, every quote is copied verbatim from its document
// (at most 300 characters). Scores against the gold are a benchmark, not a test.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../../cypher/model/validate.ts';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromFile } from './helpers.ts';

const CORPUS = join(import.meta.dirname, '../../../seeds/corpus');

describe('seed corpus', () => {
  const docs = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => docFromFile(join(CORPUS, f)));
  const result = extractCorpusSerial(docs);

  it('gives one graph per document, each with its Document node', () => {
    expect(result.perDocument.size).toBe(docs.length);
    for (const [id, g] of result.perDocument)
      expect(g.nodes.some((n) => n.id === id && n.type === 'Document')).toBe(true);
  });

  it('passes validation', () => {
    for (const [id, g] of result.perDocument) expect(validateGraph(g), id).toEqual([]);
  });

  it('cites the document of each graph with verbatim quotes', () => {
    const textOf = new Map<string, string>();
    for (const [id, g] of result.perDocument) {
      const file = g.nodes.find((n) => n.id === id)!.properties.file;
      textOf.set(id, docs.find((d) => d.file === file)!.text);
    }
    for (const [id, g] of result.perDocument)
      for (const item of [...g.nodes, ...g.edges]) {
        expect(item.sources.length).toBeGreaterThan(0);
        expect(item.sources.some((s) => s.document === id)).toBe(true);
        for (const s of item.sources) {
          expect(s.quote.length).toBeLessThanOrEqual(300);
          expect(textOf.get(s.document)!.includes(s.quote), `${s.document} ${s.locator}: ${s.quote}`).toBe(
            true,
          );
        }
      }
  });

  it('logs every automatic merge with a reason', () => {
    for (const m of result.merges) expect(m.reason.length).toBeGreaterThan(5);
  });
});
