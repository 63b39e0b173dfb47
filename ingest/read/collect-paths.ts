// Expands the paths given on the command line into the files to read: folders
// recursively (sorted, so runs are reproducible; dot-files and dot-folders are
// skipped), files as they are. Every file found is kept, whatever its
// extension: the reader rejects unsupported ones with a per-file message.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ReadFailure, readFailure } from './read-failure.ts';

export interface CollectedPaths {
  readonly files: readonly string[];
  readonly failures: readonly ReadFailure[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile()) out.push(path);
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
