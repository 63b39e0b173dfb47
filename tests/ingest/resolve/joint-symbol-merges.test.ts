// A document cited by one half of its joint symbol ("E/2098/48" of "A/97/72–E/2098/48") is that document
// (ingest/resolve/joint-symbol-merges.ts): the citation's node joins the ingested report. A half two joint
// symbols share, or a second ingested file, stays apart. Invented symbols.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../cypher/model/graph.ts';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { jointSymbolMerges } from '../../../ingest/resolve/joint-symbol-merges.ts';
import { docFromText } from '../extract/helpers.ts';

const doc = (symbol: string, file?: string): GraphNode => ({
  id: `document:${symbol.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  type: 'Document',
  name: symbol,
  aliases: [],
  properties: { symbol, ...(file ? { file } : {}) },
  sources: [{ document: 'document:d', locator: 'para 1', quote: symbol }],
});

const pairs = (nodes: GraphNode[]) => jointSymbolMerges(nodes).map((m) => [m.kept, m.merged]);

describe('a joint symbol cited by one half', () => {
  it('the cited half joins the joint', () => {
    expect(pairs([doc('A/97/72-E/2098/48', 'r.txt'), doc('E/2098/48'), doc('A/97/72')])).toEqual([
      ['document:a-97-72-e-2098-48', 'document:e-2098-48'],
      ['document:a-97-72-e-2098-48', 'document:a-97-72'],
    ]);
  });
  it('negative: another file with that symbol stays apart', () => {
    expect(pairs([doc('A/97/72-E/2098/48', 'r.txt'), doc('E/2098/48', 'e.txt')])).toEqual([]);
  });
  it('negative: a half two joint symbols share is left alone', () => {
    expect(pairs([doc('A/97/72-E/2098/48'), doc('A/97/73-E/2098/48'), doc('E/2098/48')])).toEqual([]);
  });
  it('negative: a symbol that is no half of any joint', () => {
    expect(pairs([doc('A/97/72-E/2098/48'), doc('E/2098/49')])).toEqual([]);
  });
  it('across a batch: the reference goes to the report', () => {
    const report =
      'A/97/72–E/2098/48 United Nations General Assembly Economic and Social Council Distr.: General 1 April 2098 Original: English Sample progress Report of the Secretary-General\n\n1. This report reviews progress.\n';
    const draft =
      'Draft resolution\n\n1. Taking note of the report of the Secretary-General contained in document E/2098/48,\n';
    // The citing text first: the report keeps its joint symbol all the same.
    const run = extractCorpusSerial([docFromText('draft.txt', draft), docFromText('report.txt', report)]);
    const edges = [...run.perDocument.values()].flatMap((g) => g.edges);
    const symbols = [...run.perDocument.values()]
      .flatMap((g) => g.nodes)
      .filter((n) => n.id === 'document:a-97-72-e-2098-48')
      .map((n) => n.properties.symbol);
    expect(new Set(symbols)).toEqual(new Set(['A/97/72-E/2098/48']));
    expect(edges.some((e) => e.type === 'REFERENCES' && e.to === 'document:a-97-72-e-2098-48')).toBe(true);
    expect(edges.some((e) => e.to === 'document:e-2098-48')).toBe(false);
  });
});
