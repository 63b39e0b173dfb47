// The young generation extraction runs with (ingest/extract/young-generation.ts): a worker thread given
// WORKER_RESOURCE_LIMITS gets semi-spaces of SEMI_SPACE_MB, as the main thread does with the node flags
// (node-flags.test.ts).

import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SEMI_SPACE_MB, WORKER_RESOURCE_LIMITS } from '../../../ingest/extract/young-generation.ts';

/** The new space a worker thread reaches once it has allocated plenty, in MB (both semi-spaces). */
function workerNewSpaceMb(resourceLimits?: typeof WORKER_RESOURCE_LIMITS): Promise<number> {
  const code = `
    const v8 = require('node:v8');
    const keep = [];
    for (let i = 0; i < 3e6; i++) {
      const o = { a: i, b: [i] };
      if (i % 3 === 0) keep.push(o);
      if (keep.length > 3e5) keep.length = 0;
    }
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    require('node:worker_threads').parentPort.postMessage(space.space_size / 1048576);`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, resourceLimits });
    w.once('message', (mb: number) => void w.terminate().then(() => resolve(mb)));
    w.once('error', reject);
  });
}

describe('WORKER_RESOURCE_LIMITS', () => {
  it('gives a worker two semi-spaces of SEMI_SPACE_MB once it allocates a lot; the default is smaller', async () => {
    expect(await workerNewSpaceMb(WORKER_RESOURCE_LIMITS)).toBe(2 * SEMI_SPACE_MB);
    expect(await workerNewSpaceMb()).toBeLessThan(2 * SEMI_SPACE_MB);
  });
});
