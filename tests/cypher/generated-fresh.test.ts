// Generated artefacts are fresh (DEVELOPERS.md "Style"): each is regenerated in
// memory from cypher/model and compared with the committed file.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS } from '../../cypher/generate/artefacts.ts';

const root = resolve(import.meta.dirname, '../..');

function committed(path: string): string | undefined {
  try {
    return readFileSync(resolve(root, path), 'utf8');
  } catch {
    return undefined;
  }
}

describe('generated artefacts are fresh', () => {
  it('lists every artefact the graph layer needs', () => {
    expect(ARTEFACTS.map((a) => a.path).sort()).toEqual([
      'cypher/embedded/schema.cypher',
      'cypher/generated/typedefs.graphql',
      'cypher/neo4j/schema.cypher',
      'docs/model.md',
    ]);
  });

  it.each(ARTEFACTS.map((a) => [a.path, a] as const))('%s', (path, artefact) => {
    const text = committed(path);
    expect(text, `${path} is missing: run \`npm run generate\``).toBeDefined();
    expect(
      text === artefact.generate(),
      `${path} is stale: run \`npm run generate\` and commit the result`,
    ).toBe(true);
  });
});
