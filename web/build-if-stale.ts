// `npm start` runs this before the server: it builds the explorer (`npm run build:web`) only when
// web/dist is missing or older than one of its inputs, so a restart on unchanged sources starts at
// once instead of re-bundling every time. Inputs: everything under web/ but dist, the model files
// web imports for its legend (cypher/model), and the lockfile (a dependency update changes the bundle).

import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SKIP = new Set(['dist', 'node_modules']);

/** Newest modification time (ms) of the files under `path` (a file or a folder), with its file. */
export function newestInput(path: string): { mtimeMs: number; file?: string } {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    return { mtimeMs: 0 };
  }
  if (!st.isDirectory()) return { mtimeMs: st.mtimeMs, file: path };
  let best: { mtimeMs: number; file?: string } = { mtimeMs: 0 };
  for (const entry of readdirSync(path)) {
    if (SKIP.has(entry)) continue;
    const found = newestInput(join(path, entry));
    if (found.mtimeMs > best.mtimeMs) best = found;
  }
  return best;
}

/** Why the build is needed, or undefined when `dist` is fresh for the given inputs. */
export function staleReason(dist: string, inputs: readonly string[]): string | undefined {
  let built: number;
  try {
    // index.html is written last by Vite, and Vite empties dist first: a failed build leaves none.
    built = statSync(join(dist, 'index.html')).mtimeMs;
  } catch {
    return `${relative(ROOT, dist) || dist} has no index.html`;
  }
  for (const input of inputs) {
    const newest = newestInput(input);
    if (newest.mtimeMs > built) return `${relative(ROOT, newest.file ?? input)} is newer than the build`;
  }
  return undefined;
}

const INPUTS = [join(ROOT, 'web'), join(ROOT, 'cypher/model'), join(ROOT, 'package-lock.json')];

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const reason = staleReason(join(ROOT, 'web/dist'), INPUTS);
  if (!reason) {
    console.log('web/dist is up to date: not rebuilding (npm run build:web forces a build).');
  } else {
    console.log(`Building the explorer: ${reason}.`);
    const run = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) {
      console.error('npm run build:web failed: the explorer was not built.');
      process.exit(run.status ?? 1);
    }
  }
}
