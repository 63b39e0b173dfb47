// The Neo4j adapter keeps its in-memory search index in step with a database
// other processes write to (neo4j-search-sync.ts): what they add, change or
// delete is seen after the refresh interval, never before, and a failed
// refresh keeps the current copy. The "database" here is the list of stored
// search values a read of search-terms returns.

import { describe, expect, it } from 'vitest';
import { searchSync } from '../../cypher/neo4j/neo4j-search-sync.ts';
import type { Exec } from '../../cypher/store/exec.ts';
import { createSearchIndex, searchIndex } from '../../cypher/store/search-index.ts';

function storedTerms(initial: Record<string, string>) {
  let rows = { ...initial };
  let failing = false;
  const read: Exec = async (op) => {
    expect(op).toBe('search-terms');
    if (failing) throw new Error('unreachable');
    return Object.entries(rows).map(([id, search]) => ({ id, search }));
  };
  return {
    read,
    set: (next: Record<string, string>) => {
      rows = { ...next };
    },
    fail: (v: boolean) => {
      failing = v;
    },
  };
}

const ids = (index: ReturnType<typeof createSearchIndex>, q: string) =>
  searchIndex(index, q, undefined, 10).map((h) => h.id);

describe('search index refresh on a shared database', () => {
  it('loads at open, then sees other writers only after the refresh interval', async () => {
    const db = storedTerms({ 'person:peter-major': 'n:peter major', 'theme:cybercrime': 'n:cybercrime' });
    const index = createSearchIndex();
    const sync = searchSync(db.read, 'MATCH (n) RETURN n.id AS id, n.search AS search', index, 0);
    const slow = searchSync(db.read, 'x', createSearchIndex(), 60_000);
    await sync.load();
    await slow.load();
    expect(ids(index, 'peter major')).toEqual(['person:peter-major']);

    db.set({
      'person:peter-major': 'n:peter major\na:p. major',
      'person:anriette-esterhuysen': 'n:anriette esterhuysen',
    });
    expect(slow.touch()).toBeUndefined();
    await sync.touch();
    expect(ids(index, 'anriette')).toEqual(['person:anriette-esterhuysen']);
    expect(ids(index, 'p. major')).toEqual(['person:peter-major']);
    expect(ids(index, 'cybercrime')).toEqual([]);
  });

  it('keeps the current copy when a refresh fails', async () => {
    const db = storedTerms({ 'theme:cybercrime': 'n:cybercrime' });
    const index = createSearchIndex();
    const sync = searchSync(db.read, 'x', index, 0);
    await sync.load();
    db.fail(true);
    await sync.touch();
    expect(ids(index, 'cybercrime')).toEqual(['theme:cybercrime']);
  });
});
