// The layering of DEVELOPERS.md ("Fixed choices"): data flows
// seeds → ingest → cypher → api → web; cypher never imports ingest/api/web,
// ingest never imports api/web, api never imports web, and web talks to the
// API over HTTP only (it may import cypher/model for the legend). Inside
// cypher/, the two adapters share the engine-neutral steps of cypher/store and
// never import each other; cypher/store picks an adapter only in open-store.ts.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', '.data', '.git']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Every module specifier of static imports, re-exports and dynamic imports. */
function specifiers(code: string): string[] {
  const re =
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]/g;
  return [...code.matchAll(re)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const area = (repoPath: string): string => repoPath.split('/')[0]!;
const folder = (repoPath: string): string => repoPath.split('/').slice(0, 2).join('/');

const ADAPTERS = ['cypher/embedded', 'cypher/neo4j'];

/** Why a cypher file may not import another cypher file, or undefined when it may. */
function cypherViolation(from: string, target: string): string | undefined {
  const a = folder(from);
  const b = folder(target);
  if (a === b || !ADAPTERS.includes(b)) return undefined;
  if (ADAPTERS.includes(a)) return `${a} must not import ${b}: the adapters share cypher/store only`;
  if (a === 'cypher/store' && from !== 'cypher/store/open-store.ts')
    return `${a} is engine-neutral: only open-store.ts picks an adapter`;
  if (a === 'cypher/model' || a === 'cypher/generate') return `${a} must not import an adapter`;
  return undefined;
}

/** Why `from` may not import `target` (repo-relative paths), or undefined when it may. */
function violation(from: string, target: string): string | undefined {
  const a = area(from);
  const b = area(target);
  if (a === 'cypher' && b === 'cypher') return cypherViolation(from, target);
  if (a === b) return undefined;
  const forbidden: Record<string, string[]> = {
    cypher: ['ingest', 'api', 'web'],
    ingest: ['api', 'web'],
    api: ['web'],
  };
  if (forbidden[a]?.includes(b)) return `${a} must not import ${b}`;
  if (a === 'web' && !target.startsWith('cypher/model/'))
    return 'web talks to the API over HTTP: only cypher/model may be imported';
  return undefined;
}

function problems(files: readonly { path: string; code: string }[]): string[] {
  const out: string[] = [];
  for (const f of files)
    for (const spec of specifiers(f.code)) {
      if (!spec.startsWith('.')) continue; // packages
      const target = relative(root, resolve(root, dirname(f.path), spec))
        .split('\\')
        .join('/');
      const why = violation(f.path, target);
      if (why) out.push(`${f.path} imports ${spec}: ${why}`);
    }
  return out;
}

describe('layering', () => {
  const files = sourceFiles(root).map((p) => ({
    path: relative(root, p).split('\\').join('/'),
    code: readFileSync(p, 'utf8'),
  }));

  it('scans the source tree', () => {
    expect(files.some((f) => f.path.startsWith('cypher/'))).toBe(true);
  });

  it('no file imports across the layering', () => {
    expect(problems(files)).toEqual([]);
  });

  it.each([
    ['cypher/store/x.ts', "import { a } from '../../ingest/types.ts';", 'cypher must not import ingest'],
    ['cypher/x.ts', "const m = await import('../api/server.ts');", 'cypher must not import api'],
    ['ingest/x.ts', "export { b } from '../web/App.tsx';", 'ingest must not import web'],
    ['api/x.ts', "import '../web/main.tsx';", 'api must not import web'],
    ['web/src/x.tsx', "import type { Store } from '../../cypher/store/store.ts';", 'only cypher/model'],
    ['web/src/x.tsx', "import { openStore } from '../../api/main.ts';", 'only cypher/model'],
    [
      'cypher/neo4j/neo4j-store.ts',
      "import type { Exec } from '../embedded/connections.ts';",
      'cypher/neo4j must not import cypher/embedded',
    ],
    [
      'cypher/embedded/embedded-store.ts',
      "const { x } = await import('../neo4j/neo4j-operations.ts');",
      'cypher/embedded must not import cypher/neo4j',
    ],
    ['cypher/store/writes.ts', "import { copyPlan } from '../embedded/bulk-copy.ts';", 'engine-neutral'],
    ['cypher/store/x.ts', "export { openNeo4jStore } from '../neo4j/neo4j-store.ts';", 'engine-neutral'],
    [
      'cypher/model/x.ts',
      "import { cypher } from '../embedded/operations.ts';",
      'must not import an adapter',
    ],
  ])('catches %s: %s', (path, code, why) => {
    const found = problems([{ path, code }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(why);
  });

  it.each([
    ['web/src/Legend.tsx', "import { LABELS } from '../../cypher/model/labels.ts';"],
    ['web/src/x.tsx', "import cytoscape from 'cytoscape';\nimport { y } from './y.ts';"],
    ['api/x.ts', "import { openStore } from '../cypher/store/open-store.ts';"],
    ['ingest/x.ts', "import type { Graph } from '../cypher/model/graph.ts';"],
    ['tests/x.test.ts', "import { a } from '../web/src/a.ts';\nimport { b } from '../api/b.ts';"],
    ['cypher/store/open-store.ts', "const { openNeo4jStore } = await import('../neo4j/neo4j-store.ts');"],
    ['cypher/neo4j/neo4j-store.ts', "import { storeObject } from '../store/store-object.ts';"],
    ['cypher/embedded/bulk-copy.ts', "import { cypher } from './operations.ts';"],
    ['tests/cypher/x.test.ts', "import { a } from '../../cypher/embedded/operations.ts';"],
  ])('allows %s: %s', (path, code) => {
    expect(problems([{ path, code }])).toEqual([]);
  });
});
