// Expands the paths given on the command line into the files to read: folders
// recursively (sorted, so runs are reproducible; dot-files and dot-folders are
// skipped), files as they are. Every file found is kept, whatever its
// extension: the reader rejects unsupported ones with a per-file message.

import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ReadFailure, readFailure } from './read-failure.ts';

export interface CollectedPaths {
  readonly files: readonly string[];
  readonly failures: readonly ReadFailure[];
}

async function walk(dir: string, out: string[], seen = new Set<string>()): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a link back up the tree
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    // A symbolic link counts as what it points to (a broken one is reported by the reader).
    const kind = e.isSymbolicLink() ? await stat(path).catch(() => undefined) : e;
    if (kind?.isDirectory()) await walk(path, out, seen);
    else if (kind?.isFile() || (e.isSymbolicLink() && !kind)) out.push(path);
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder, expected an existing file or folder';
  if (code === 'EACCES') return 'permission denied, expected a readable file or folder';
  return `cannot open (${(error as Error).message}), expected a readable file or folder`;
}

export async function collectPaths(paths: readonly string[]): Promise<CollectedPaths> {
  const files: string[] = [];
  const failures: ReadFailure[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const found: string[] = [];
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, found);
      else if (info.isFile()) found.push(path);
      else failures.push(readFailure(path, 'not a regular file, expected a file or folder'));
    } catch (error) {
      failures.push(readFailure(path, describe(error)));
    }
    for (const f of found)
      if (!seen.has(f)) {
        seen.add(f);
        files.push(f);
      }
  }
  return { files, failures };
}
