// Crash safety (issue 2 item 5): a child process loading many documents is
// killed with SIGKILL at several points, some mid-transaction. The database
// must reopen, hold no partial document and no duplicate ids, and finishing the
// load must give exactly the graph of a clean run. Also: a second process
// opening a database in use gets StoreError 'LOCKED', not a crash.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import { edgeKey, type Graph } from '../../cypher/model/graph.ts';
import type { Store } from '../../cypher/store/store.ts';
import { canonical } from './fixtures/atlas-graph.ts';
import { seriesDocument, seriesDocumentId } from './fixtures/document-series.ts';

const COUNT = 14;
const root = mkdtempSync(join(tmpdir(), 'atlas-crash-'));
const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;
// node itself with the tsx loader, not the tsx CLI: the CLI runs node as a child, which a SIGKILL would orphan.
const node = (script: string, ...args: string[]): [string, string[]] => [
  process.execPath,
  ['--import', 'tsx', fixture(script), ...args],
];
const open = (path: string): Promise<Store> =>
  openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 60_000 });

async function loadAll(s: Store): Promise<void> {
  for (let i = 0; i < COUNT; i++) await s.replaceDocument(seriesDocumentId(i), seriesDocument(i));
}

/** Starts the loader; kills it `delayMs` after it prints `line`. Resolves with the last line seen. */
function loadAndKill(path: string, line: string, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const [cmd, args] = node('load-series.ts', path, String(COUNT));
    const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    let err = '';
    child.stderr!.on('data', (d) => {
      err += String(d);
    });
    child.stdout!.on('data', (d: Buffer) => {
      for (const l of String(d).split('\n').filter(Boolean)) {
        last = l;
        if (l === line) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve(last)
        : reject(new Error(`loader ended (${code}) before the kill: ${last} ${err}`)),
    );
  });
}

/** Items each document supports; a document is all there or not there at all. */
function documentCounts(g: Graph): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of [...g.nodes, ...g.edges])
    for (const d of new Set(x.sources.map((s) => s.document))) out.set(d, (out.get(d) ?? 0) + 1);
  return out;
}

describe('crash safety of the embedded store', () => {
  let clean: Graph;
  beforeAll(async () => {
    const s = await open(join(root, 'clean', 'atlas.lbug'));
    await loadAll(s);
    clean = canonical(await s.exportGraph());
    await s.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['right after the first begin', 'begin 0', 0],
    ['mid-transaction', 'begin 4', 15],
    ['just after a commit', 'commit 9', 0],
  ])(
    'SIGKILL %s: reopens, no partial document, no duplicates, finishing = clean run',
    async (_n, line, delay) => {
      const path = join(root, line.replace(' ', '-'), 'atlas.lbug');
      const last = await loadAndKill(path, line, delay);
      expect(last).toMatch(/^(begin|commit) \d+$/);
      const s = await open(path);
      try {
        const g = await s.exportGraph();
        expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
        expect(new Set(g.edges.map(edgeKey)).size).toBe(g.edges.length);
        const counts = documentCounts(g);
        // Everything committed before the kill is there (documents load in order).
        const committed = last.startsWith('commit') ? Number(last.split(' ')[1]) : -1;
        for (let i = 0; i <= committed; i++) expect(counts.get(seriesDocumentId(i))).toBeGreaterThan(0);
        for (let i = 0; i < COUNT; i++) {
          const want = seriesDocument(i);
          const have = counts.get(seriesDocumentId(i)) ?? 0;
          expect([0, want.nodes.length + want.edges.length]).toContain(have);
        }
        await loadAll(s);
        expect(canonical(await s.exportGraph())).toEqual(clean);
      } finally {
        await s.close();
      }
    },
  );

  it('a second process opening a database in use gets a clear LOCKED error', async () => {
    const path = join(root, 'locked', 'atlas.lbug');
    const s = await open(path);
    try {
      const { stdout } = await promisify(execFile)(...node('open-store.ts', path));
      const out = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(out.code).toBe('LOCKED');
      expect(out.message).toMatch(/in use by another process/);
      expect(out.message).toContain(path);
    } finally {
      await s.close();
    }
    const { stdout } = await promisify(execFile)(...node('open-store.ts', path));
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ ok: true });
  });
});
