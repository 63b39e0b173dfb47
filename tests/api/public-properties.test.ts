// The domain API serves a Document's stored path as its file name only
// (api/resolvers/types.ts publicProperties), whichever system ingested it:
// the same answer as the generated Neo4j API's computed `file`.

import { describe, expect, it } from 'vitest';
import { publicProperties } from '../../api/resolvers/types.ts';
import type { GraphNode } from '../../cypher/model/graph.ts';

const doc = (file: unknown): GraphNode => ({
  id: 'document:x',
  type: 'Document',
  name: 'x',
  aliases: [],
  properties: { file, sha256: 'abc', text: 'the whole text' } as GraphNode['properties'],
  sources: [],
});

describe('publicProperties of a Document', () => {
  const cases: [stored: unknown, served: unknown][] = [
    ['/home/ann/corpus/a-res-70-125.pdf', 'a-res-70-125.pdf'],
    ['C:\\Users\\ann\\corpus\\a-res-70-125.pdf', 'a-res-70-125.pdf'],
    ['C:\\Users\\ann/corpus\\notes.txt', 'notes.txt'],
    ['corpus/sub/report.md', 'report.md'],
    ['report.md', 'report.md'],
  ];
  for (const [stored, served] of cases)
    it(String(stored), () => {
      const p = publicProperties(doc(stored));
      expect(p.file).toBe(served);
      expect(p).not.toHaveProperty('text');
      expect(p.sha256).toBe('abc');
    });
  it('leaves other labels as they are', () => {
    const n = { ...doc('/a/b.txt'), type: 'Person' as const };
    expect(publicProperties(n)).toBe(n.properties);
  });
});
