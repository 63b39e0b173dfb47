import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { binaryReason, decodeText, firstInvalidUtf8 } from '../../../ingest/read/decode-text.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it.each([
    ['plain ASCII', bytes('Resolution 70/125\n'), 'Resolution 70/125\n'],
    ['accents and dashes', bytes('Genève, 26–27 January 2017\n'), 'Genève, 26–27 January 2017\n'],
    ['tabs, form feeds and CRLF kept', bytes('a\tb\f\r\nc'), 'a\tb\f\r\nc'],
    [
      'a byte order mark is dropped, the rest unchanged',
      bytes([0xef, 0xbb, 0xbf], 'A/RES/70/125'),
      'A/RES/70/125',
    ],
  ])('accepts %s', (_, input, text) => {
    expect(decodeText(input)).toEqual({ ok: true, text });
  });

  it.each([
    ['an empty file', bytes(), /file is empty, expected text/],
    ['only white space', bytes(' \n\t\n'), /only white space, expected text/],
    ['a NUL byte', bytes('abc', [0], 'def'), /binary data \(NUL byte at offset 3\), expected UTF-8 text/],
    [
      'many control characters',
      bytes('ab', [1, 2, 3, 4, 5, 6, 7], 'cd'),
      /binary data \(\d+ % control characters\)/,
    ],
    ['UTF-16 with a BOM', bytes([0xff, 0xfe], [0x41, 0]), /looks like UTF-16 text, expected UTF-8/],
    ['Latin-1 é', bytes('Gen', [0xe8], 've'), /invalid UTF-8 at byte offset 3, expected UTF-8 text/],
    ['a truncated sequence at the end', bytes('ab', [0xe2, 0x80]), /invalid UTF-8 at byte offset 2/],
    ['an overlong encoding', bytes('x', [0xc0, 0xaf]), /invalid UTF-8 at byte offset 1/],
    ['an encoded surrogate', bytes('xy', [0xed, 0xa0, 0x80]), /invalid UTF-8 at byte offset 2/],
  ])('rejects %s', (_, input, reason) => {
    const decoded = decodeText(input);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });
});

describe('firstInvalidUtf8 agrees with the native check', () => {
  it.each([
    [bytes('plain'), -1],
    [bytes('€ 4-byte 😀 ok'), -1],
    [bytes([0xf4, 0x90, 0x80, 0x80]), 0], // above U+10FFFF
    [bytes('abc', [0x80]), 3], // lone continuation byte
    [bytes([0xf5]), 0],
  ])('%#', (input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    expect(offset === -1).toBe(isUtf8(input));
  });

  it('does not call ordinary prose binary', () => {
    expect(
      binaryReason(bytes('The Working Group held its fifth and final meeting.\n'.repeat(100))),
    ).toBeUndefined();
  });
});
