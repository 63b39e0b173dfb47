// The quality ratchet of issue 3 item 7: the seed corpus, ingested by the real
// CLI, scored by the shared scorer against the shared gold. Runs when ../shared
// is beside the repo (as in CI); the bars live in score-bars.json and only go up.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'tools/score.mjs');
const gold = join(shared, 'gold/seeds.gold.json');
const bars = JSON.parse(readFileSync(join(import.meta.dirname, 'score-bars.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'seed-score-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!existsSync(scorer) || !existsSync(gold))('seed corpus against the gold', () => {
  it('meets the ratcheted quality bars', () => {
    const out = join(tmp, 'graph.json');
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'ingest/cli.ts'),
        join(root, 'seeds/corpus'),
        '--out',
        out,
        '--no-load',
        '--log',
        join(tmp, 'log.jsonl'),
      ],
      { cwd: root, stdio: 'pipe', timeout: 120_000 },
    );
    const json = execFileSync(
      process.execPath,
      [scorer, '--export', out, '--gold', gold, '--corpus', join(root, 'seeds/corpus'), '--json'],
      { encoding: 'utf8' },
    );
    // The scorer prints its JSON report, then its one-line summary.
    const report = JSON.parse(json.slice(0, json.lastIndexOf('}') + 1));
    expect(report.nodes.all.f1).toBeGreaterThanOrEqual(bars.minNodeF1);
    expect(report.edges.all.f1).toBeGreaterThanOrEqual(bars.minEdgeF1);
    expect(report.provenance.sourced).toBeGreaterThanOrEqual(bars.minSourced);
    expect(report.provenance.quotesVerified).toBeGreaterThanOrEqual(bars.minQuotesVerified);
  });
});
