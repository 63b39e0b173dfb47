// `npm run ingest` as a user runs it: a real process, real files, --no-load
// (the store is covered by pipeline-store.test.ts). Exit codes, messages,
// the summary table, the JSON-lines log and a stable export.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeKey, type Graph } from '../../../cypher/model/graph.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(import.meta.dirname, '../fixtures/pipeline');
let dir: string;

function ingest(...args: string[]) {
  return ingestWith({}, ...args);
}

function ingestWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GRAPH_DB_PATH: join(dir, 'unused.lbug'), ...env },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it.each([
    [['--no-load'], '<files or folders...>: expected at least one path'],
    [['a.txt', '--out'], '--out: expected a value after it'],
    [['a.txt', '--frobnicate'], '--frobnicate: unknown option'],
  ])('%j: usage message naming the argument, exit 2', (args, message) => {
    const run = ingest(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`ingest: ${message}`);
    expect(run.stderr).toContain('usage: npm run ingest');
  });

  it('names the bad store setting and how to do without the store, exit 1', () => {
    const run = ingestWith({ GRAPH_ENGINE: 'bogus' }, FIXTURES);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'ingest: GRAPH_ENGINE: expected one of embedded, neo4j, got "bogus" (nothing was loaded; --no-load skips the store)',
    );
  });

  it('ingests the good files of a mixed batch, reports the bad ones, exits 1', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'notes.docx'), 'PK');
    const out = join(dir, 'graph.json');
    const log = join(dir, 'log.jsonl');
    const run = ingest(
      FIXTURES,
      join(dir, 'empty.txt'),
      join(dir, 'notes.docx'),
      '--no-load',
      '--out',
      out,
      '--log',
      log,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout, run.stderr).toMatch(/^ {2}read +3$/m);
    expect(run.stdout).toMatch(/^ {2}failed +2$/m);
    expect(run.stdout).toMatch(/^ {2}Person +\d+$/m);
    expect(run.stdout).toContain(`${join(dir, 'empty.txt')}: file is empty, expected text`);
    expect(run.stdout).toContain(
      `${join(dir, 'notes.docx')}: unsupported extension .docx, expected .txt .md .html .pdf`,
    );
    // Not a terminal: plain progress lines, no bar.
    expect(run.stderr).toMatch(/^read 1\/5 /m);
    expect(run.stderr).not.toContain('\r');

    const graph = JSON.parse(await readFile(out, 'utf8')) as Graph;
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toContain('person:peter-major'); // from the .txt
    expect(ids).toContain('person:benedicto-fonseca-filho'); // from the .md
    expect(ids).toContain('person:chengetai-masango'); // from the .html
    expect(ids).toEqual([...ids].sort());
    const keys = graph.edges.map(edgeKey);
    expect(keys).toEqual([...keys].sort());
    for (const item of [...graph.nodes, ...graph.edges]) expect(item.sources.length).toBeGreaterThan(0);

    const entries = (await readFile(log, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(
      entries
        .filter((e) => e.kind === 'failure')
        .map((e) => e.file)
        .sort(),
    ).toEqual(['empty.txt', 'notes.docx']);
  });

  it('writes the same export twice (stable output), exit 0 when nothing failed', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const log = join(dir, 'stable.jsonl');
    expect(ingest(FIXTURES, '--no-load', '--out', a, '--log', log).code).toBe(0);
    expect(ingest(FIXTURES, '--no-load', '--out', b, '--log', log).code).toBe(0);
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
  });
});
