// The id of the Document node a file gives (rules/document.ts): its UN symbol, else its file's base name.

import { makeId, slugify } from '../../../cypher/model/ids.ts';

/** document:<symbol slug>, else document:<file base name slug>; a name with no Latin letter falls back to the hash. */
export function documentId(symbol: string | undefined, file: string, sha256: string): string {
  for (const key of [symbol, file.replace(/\.[a-z0-9]+$/i, ''), `file ${sha256.slice(0, 16)}`])
    if (key && slugify(key)) return makeId('Document', key);
  return 'document:unnamed';
}
