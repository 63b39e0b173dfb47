// Documents without a symbol are named by their file's base name; different
// files of one name must not become one Document (the later would replace the
// earlier's facts), and one content under two paths is read once.

import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../ingest/load.ts';
import { documentKeys } from '../../../ingest/read/document-keys.ts';
import type { ReadDoc } from '../../../ingest/read/read-all.ts';

const read = (location: string, sha256: string): ReadDoc => ({
  doc: {
    path: location,
    file: location.split('/').pop()!,
    format: 'html',
    sha256,
    text: 'text',
  },
  bytes: 4,
  unchanged: false,
  location,
});
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const keysOf = (docs: readonly ReadDoc[]) => docs.map((d) => d.doc.idKey);
const nothingExists = () => false;
const everythingExists = () => true;

describe('document keys in one run', () => {
  it.each([
    ['different names', [read('/x/index.html', A), read('/y/report.html', B)], [undefined, undefined]],
    [
      'one name, different content: both get their hash',
      [read('/x/index.html', A), read('/y/index.html', B)],
      ['index aaaaaaaa', 'index bbbbbbbb'],
    ],
    [
      'one name across formats (index.html, index.txt) is one base name',
      [read('/x/index.html', A), read('/x/index.txt', B), read('/x/other.txt', C)],
      ['index aaaaaaaa', 'index bbbbbbbb', undefined],
    ],
    [
      'names that slug alike ("Report.pdf", "report.html")',
      [read('/x/Report.pdf', A), read('/y/report.html', B)],
      ['Report aaaaaaaa', 'report bbbbbbbb'],
    ],
  ])('%s', (_, docs, keys) => {
    const out = documentKeys(docs, [], nothingExists);
    expect(keysOf(out.docs)).toEqual(keys);
    expect(out.duplicates).toEqual([]);
  });

  it('reads one content once, under its first path, and names no hash for it', () => {
    const out = documentKeys([read('/x/index.html', A), read('/y/index.html', A)], [], nothingExists);
    expect(out.docs.map((d) => d.doc.path)).toEqual(['/x/index.html']);
    expect(keysOf(out.docs)).toEqual([undefined]);
    expect(out.duplicates).toEqual([{ path: '/y/index.html', of: '/x/index.html' }]);
  });
});

describe('document keys against the store', () => {
  const stored = (file: string, sha256: string): StoredDocument => ({ id: 'document:index', file, sha256 });
  it.each([
    [
      'a stored document of that name read from another file that still exists',
      stored('/x/index.html', A),
      everythingExists,
      'index bbbbbbbb',
    ],
    [
      'the same file, changed (its facts are replaced)',
      stored('/y/index.html', A),
      everythingExists,
      undefined,
    ],
    [
      'a stored document whose file is gone (moved here)',
      stored('/x/index.html', A),
      nothingExists,
      undefined,
    ],
    ['the same content stored from another path', stored('/x/index.html', B), everythingExists, undefined],
    [
      'a stored document of another name',
      { id: 'document:other', file: '/x/other.html', sha256: A },
      everythingExists,
      undefined,
    ],
  ])('%s', (_, doc, exists, key) => {
    expect(keysOf(documentKeys([read('/y/index.html', B)], [doc], exists).docs)).toEqual([key]);
  });
});
