// Golden tests: hand-written UN-style documents (not copies of the seeds) and
// the key facts a reader takes from them.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeGraphs } from '../../../cypher/model/merge.ts';
import { validateGraph } from '../../../cypher/model/validate.ts';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromFile } from './helpers.ts';

const DIR = join(import.meta.dirname, '../fixtures/extract');

interface Expected {
  nodes: { id: string; type: string; properties?: Record<string, unknown> }[];
  edges: { type: string; from: string; to: string; properties?: Record<string, unknown> }[];
}

describe('golden fixtures', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const doc = docFromFile(join(DIR, file));
      const g = mergeGraphs(extractCorpusSerial([doc]).perDocument.values());
      expect(validateGraph(g)).toEqual([]);
      const want = JSON.parse(
        readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as Expected;
      for (const n of want.nodes) {
        const got = g.nodes.find((x) => x.id === n.id);
        expect(got, `node ${n.id}`).toBeDefined();
        expect(got!.type).toBe(n.type);
        for (const [k, v] of Object.entries(n.properties ?? {}))
          expect(got!.properties[k], `${n.id}.${k}`).toEqual(v);
      }
      for (const e of want.edges) {
        const got = g.edges.find((x) => x.type === e.type && x.from === e.from && x.to === e.to);
        expect(got, `edge ${e.type} ${e.from} -> ${e.to}`).toBeDefined();
        for (const [k, v] of Object.entries(e.properties ?? {}))
          expect(got!.properties[k], `${e.type}.${k}`).toEqual(v);
      }
      for (const item of [...g.nodes, ...g.edges])
        for (const s of item.sources)
          expect(doc.text.includes(s.quote), `quote not verbatim: ${s.quote}`).toBe(true);
    });
  }
});
