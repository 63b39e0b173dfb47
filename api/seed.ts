// Brings the seed corpus into the store at start-up. ingestPaths skips files
// whose sha256 is already stored, so this loads everything into an empty
// store, re-loads only changed seed files, and costs a directory read
// otherwise (issue 4 item 1: "when the store is empty or the seed files changed").

import { existsSync } from 'node:fs';
import type { Store } from '../cypher/store/store.ts';
import { ingestPaths } from '../ingest/pipeline.ts';

export interface SeedOutcome {
  readonly loaded: number;
  readonly skipped: number;
  readonly failed: number;
}

export async function ingestSeeds(
  store: Store,
  path: string,
  log: (line: string) => void = console.log,
): Promise<SeedOutcome> {
  if (!existsSync(path)) {
    log(
      `seed corpus ${path} not found: starting with what the store holds (set SEED_PATH, or SEED_PATH=none)`,
    );
    return { loaded: 0, skipped: 0, failed: 0 };
  }
  const summary = await ingestPaths([path], { store });
  // Re-written unchanged documents (a changed file can change what they resolve to) and removed ones
  // (their file is gone) are worth a word: both change what the explorer shows.
  const more = [
    summary.reloaded ? `${summary.reloaded} re-written for consistency` : '',
    summary.removed ? `${summary.removed} removed (file gone)` : '',
  ].filter(Boolean);
  log(
    `seed corpus ${path}: ${summary.loaded} loaded, ${summary.skipped} unchanged, ${summary.failed} failed${more.length ? `, ${more.join(', ')}` : ''}`,
  );
  for (const f of summary.failures) log(`  ${f.file}: ${f.reason}`);
  return { loaded: summary.loaded, skipped: summary.skipped, failed: summary.failed };
}
