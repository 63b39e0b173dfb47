// Which stored documents a run removes. The rules, explicit and narrow so
// that nothing is removed by surprise:
//   1. a file gone: one of the paths given is a folder, the Document was last
//      read from a file under it (its `file` records the absolute path), and
//      that file no longer exists;
//   2. a file superseded: the Document was last read from a file this run
//      read, and that file now gives another Document (its symbol changed),
//      while no file of the run gives the old one.
// Files given one by one never remove anything through rule 1 (a missing one
// is a read failure), nor does a folder remove documents read from elsewhere,
// nor a file that exists but cannot be read (its stored facts are kept: issue
// 3 item 10). Documents stored before locations were recorded (a bare file
// name) are never removed.

import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import type { StoredDocument } from '../load.ts';

export interface Removal extends StoredDocument {
  readonly file: string;
  /** Why, for the summary and the log: "its file no longer exists under /corpus". */
  readonly reason: string;
}

async function folderOf(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isDirectory() ? await realpath(path) : undefined;
  } catch {
    return undefined;
  }
}

export function isUnder(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function gone(file: string): Promise<boolean> {
  try {
    await stat(file);
    return false;
  } catch (error) {
    // Only "does not exist" counts: a permission error says nothing about the file being gone.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** Rule 1. */
export async function missingDocuments(
  paths: readonly string[],
  stored: readonly StoredDocument[],
): Promise<Removal[]> {
  const folders = (await Promise.all(paths.map(folderOf))).filter((f): f is string => Boolean(f));
  const out: Removal[] = [];
  for (const doc of stored) {
    const { file } = doc;
    if (!file || !isAbsolute(file)) continue;
    const folder = folders.find((f) => isUnder(f, file));
    if (folder && (await gone(file)))
      out.push({ ...doc, file, reason: `its file no longer exists under ${folder}` });
  }
  return out;
}

/** Rule 2: `current` is the Document id each file of the run gives, by its absolute path. */
export function supersededDocuments(
  stored: readonly StoredDocument[],
  current: ReadonlyMap<string, string>,
): Removal[] {
  const ids = new Set(current.values());
  const out: Removal[] = [];
  for (const doc of stored) {
    const now = doc.file ? current.get(doc.file) : undefined;
    if (doc.file && now && now !== doc.id && !ids.has(doc.id))
      out.push({ ...doc, file: doc.file, reason: `its file now gives ${now}` });
  }
  return out;
}
