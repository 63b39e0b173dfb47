// What names a Document whose text gives no symbol (rules/document.ts,
// documentId): its file's base name, "index" for index.html. Two different
// files of one name (meeting pages saved as index.html from two sites,
// "report.pdf" in two folders) would then be one Document, and the later
// would silently replace the earlier's facts (issue 3 item 10: nothing
// already stored is lost). So a base name that files of different content
// share, in the run or with a stored document whose file still exists
// elsewhere, gets the start of the file's hash. The same content under
// several paths is one document: it is read once, the other paths skipped.

import { makeId, slugify } from '../../cypher/model/ids.ts';
import type { StoredDocument } from '../load.ts';
import type { ReadDoc } from './read-all.ts';

/** The base name of a file without its extension: what names a Document that has no symbol. */
export const baseKey = (file: string): string => file.replace(/\.[a-z0-9]+$/i, '');

export interface KeyedDocs {
  /** The documents to extract, `idKey` set where the base name alone would collide. */
  readonly docs: readonly ReadDoc[];
  /** Paths whose content another path of the run already has: not extracted again. */
  readonly duplicates: readonly { readonly path: string; readonly of: string }[];
}

const withKey = (d: ReadDoc, idKey: string): ReadDoc => ({ ...d, doc: { ...d.doc, idKey } });

/**
 * `exists(file)`: whether a stored document's file (an absolute path) is still there. A stored
 * document of the same name whose file is gone was moved, not a different document: no hash then.
 */
export function documentKeys(
  docs: readonly ReadDoc[],
  stored: readonly StoredDocument[],
  exists: (file: string) => boolean,
): KeyedDocs {
  const firstWith = new Map<string, string>();
  const duplicates: { path: string; of: string }[] = [];
  const unique: ReadDoc[] = [];
  for (const d of docs) {
    const of = firstWith.get(d.doc.sha256);
    if (of === undefined) {
      firstWith.set(d.doc.sha256, d.doc.path);
      unique.push(d);
    } else duplicates.push({ path: d.doc.path, of });
  }
  const slug = (d: ReadDoc) => slugify(baseKey(d.doc.file));
  const shared = new Map<string, number>();
  for (const d of unique) shared.set(slug(d), (shared.get(slug(d)) ?? 0) + 1);
  const storedById = new Map(stored.map((s) => [s.id, s]));
  const keyed = unique.map((d) => {
    const s = slug(d);
    if (!s) return d;
    const other = storedById.get(makeId('Document', s));
    const elsewhere =
      other?.file !== undefined &&
      other.file !== d.location &&
      other.sha256 !== d.doc.sha256 &&
      exists(other.file);
    return (shared.get(s) ?? 0) > 1 || elsewhere
      ? withKey(d, `${baseKey(d.doc.file)} ${d.doc.sha256.slice(0, 8)}`)
      : d;
  });
  return { docs: keyed, duplicates };
}
