// The node flags extraction runs with (ingest/extract/node-flags.ts): the npm scripts that extract start
// node with all of them, and a process is taken as started with them only when every one was given.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS, startedWithNodeFlags } from '../../../ingest/extract/node-flags.ts';
import { SEMI_SPACE_MB } from '../../../ingest/extract/young-generation.ts';

const scripts: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8'),
).scripts;

describe('npm scripts that extract start node with the node flags', () => {
  it.each([
    ['ingest', 'ingest/cli.ts'],
    ['start', 'api/main.ts'],
    ['bench:ingest', 'tests/bench/ingest-bench.ts'],
  ])('%s', (name, file) => {
    const command = scripts[name]!.split('&&').find((c) => c.includes(file))!;
    expect(command).toContain(`tsx ${NODE_FLAGS.join(' ')} ${file}`);
  });
});

describe('NODE_FLAGS', () => {
  it('sizes the young generation and bounds inlining', () => {
    expect(NODE_FLAGS).toContain(`--max-semi-space-size=${SEMI_SPACE_MB}`);
    expect(NODE_FLAGS.some((f) => f.startsWith('--max-inlined-bytecode-size-cumulative='))).toBe(true);
  });
});

describe('startedWithNodeFlags', () => {
  const [semi, inline] = NODE_FLAGS as [string, string];
  it.each([
    [[semi, inline], '', true],
    [['--import', 'tsx', semi, inline], '', true],
    [[inline], `--max-old-space-size=4096 ${semi}`, true],
    [[semi], '', false],
    [[inline], '', false],
    [[], '', false],
    [['--max-semi-space-size=16', inline], '', false],
    [[inline], '--max-semi-space-size=32', false],
  ])('%j, NODE_OPTIONS %j → %s', (argv, options, want) => {
    expect(startedWithNodeFlags(argv, options)).toBe(want);
  });
});
