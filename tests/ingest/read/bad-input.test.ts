// Issue 3, item 10: each kind of bad input gives one clear message naming
// what was expected. Real files in a temp folder, the real PDF child process.

import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfParser, type PdfParser } from '../../../ingest/pdf/pdf-parser.ts';
import { collectPaths } from '../../../ingest/read/collect-paths.ts';
import { readSource } from '../../../ingest/read/read-source.ts';
import { makePdf } from '../pipeline/make-pdf.ts';

let dir: string;
let pdf: PdfParser;
const MB = 1024 * 1024;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-bad-'));
  pdf = createPdfParser({ timeoutMs: 20_000, maxMemoryMb: 256 });
});
afterAll(async () => {
  await pdf.close();
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const good = makePdf('Commission on Science and Technology for Development\n\nTwenty-first session\n');

describe('readSource rejects bad input with a clear reason', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['an empty .txt', () => file('empty.txt', ''), /^file is empty, expected text$/],
    ['an empty .pdf', () => file('empty.pdf', ''), /^file is empty, expected a PDF$/],
    [
      'binary data named .txt',
      () => file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      /binary data \(NUL byte at offset 4\), expected UTF-8 text/,
    ],
    [
      'invalid UTF-8',
      () => file('latin1.md', Buffer.from('Genève', 'latin1')),
      /^invalid UTF-8 at byte offset 3, expected UTF-8 text$/,
    ],
    [
      'a corrupt PDF',
      () => file('corrupt.pdf', '%PDF-1.4\ngarbage garbage\n%%EOF\n'),
      /(not a valid PDF|cannot parse PDF).*expected a (valid )?PDF/,
    ],
    [
      'a truncated PDF',
      () => file('truncated.pdf', good.subarray(0, Math.floor(good.length / 2))),
      /^PDF is truncated \(no %%EOF marker at the end\), expected a complete PDF file$/,
    ],
    [
      'a .pdf that is not a PDF',
      () => file('notes.pdf', 'just some notes'),
      /^no %PDF- header, expected a PDF file$/,
    ],
    [
      'a PDF without text',
      () => file('scan.pdf', makePdf('')),
      /^PDF has no text layer \(1 pages, scanned images\?\), expected a PDF with text$/,
    ],
    [
      'an HTML page without text',
      () => file('blank.html', '<html><body><img src="x.png"></body></html>'),
      /^HTML page has no text/,
    ],
    [
      'an unsupported extension',
      () => file('report.docx', 'PK'),
      /^unsupported extension \.docx, expected \.txt \.md \.html \.pdf$/,
    ],
    [
      'no extension',
      () => file('README', 'text'),
      /^unsupported extension \(none\), expected \.txt \.md \.html \.pdf$/,
    ],
    [
      'a path that does not exist',
      async () => join(dir, 'missing.txt'),
      /^no such file, expected an existing file$/,
    ],
  ];
  it.each(cases)('%s', async (_, make, reason) => {
    const outcome = await readSource(await make(), { maxBytes: 50 * MB, pdf });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.reason).toMatch(reason);
  });

  it('refuses a 100 MB text file by its size, before reading it', async () => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(100 * MB); // sparse: instant, no 100 MB written
    await handle.close();
    const outcome = await readSource(path, { maxBytes: 50 * MB, pdf });
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'file is 100 MB, limit is 50 MB (--max-size)' },
    });
  });
});

describe('readSource accepts good input', () => {
  it.each([
    [
      'a .txt, unchanged',
      'a.txt',
      'Résolution 70/125\r\n\r\n65. Requests…\n',
      'Résolution 70/125\r\n\r\n65. Requests…\n',
    ],
    [
      'a .md, unchanged',
      'a.md',
      '## NOTIFICATION\n\n**Working Group**\n',
      '## NOTIFICATION\n\n**Working Group**\n',
    ],
    [
      'an .html, reduced to text',
      'a.html',
      '<p>Mr.&nbsp;Peter Major<sup>3</sup></p>',
      'Mr. Peter Major^{3}\n',
    ],
  ])('%s', async (_, name, content, text) => {
    const outcome = await readSource(await file(name, content), { maxBytes: MB, pdf });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.doc.text).toBe(text);
      expect(outcome.doc.file).toBe(name);
      expect(outcome.doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('a UN-style web page', () => {
  it('is read as its main content, with footnote markers, without menus, footers or scripts', async () => {
    const path = join(import.meta.dirname, '../fixtures/pipeline/igf-open-consultations.html');
    const outcome = await readSource(path, { maxBytes: MB, pdf });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { text } = outcome.doc;
    expect(text.startsWith('# Open Consultations and MAG Meeting\n\nGeneva, 9–11 April 2019\n')).toBe(true);
    expect(text).toContain('chaired by Ms. Lynn St. Amour^{1}, Chair');
    expect(text).toContain('\n1. Participants discussed');
    expect(text).toContain('\n^{1} Ms. Lynn St. Amour, Internet Matters');
    expect(text).not.toMatch(/Home|Contact|Terms of use|UNCTAD|analytics|color/);
  });
});

describe('collectPaths', () => {
  it('expands folders recursively in sorted order and reports missing paths', async () => {
    const sub = join(dir, 'tree');
    await mkdir(join(sub, 'inner'), { recursive: true });
    await writeFile(join(sub, 'b.txt'), 'b');
    await writeFile(join(sub, 'a.md'), 'a');
    await writeFile(join(sub, 'inner', 'c.pdf'), good);
    await writeFile(join(sub, '.hidden.txt'), 'h');
    await symlink(sub, join(sub, 'inner', 'loop')); // a link back up the tree is walked once
    const { files, failures } = await collectPaths([sub, join(dir, 'nowhere')]);
    expect(files).toEqual([join(sub, 'a.md'), join(sub, 'b.txt'), join(sub, 'inner', 'c.pdf')]);
    expect(failures).toEqual([
      {
        path: join(dir, 'nowhere'),
        file: 'nowhere',
        reason: 'no such file or folder, expected an existing file or folder',
      },
    ]);
  });
});
