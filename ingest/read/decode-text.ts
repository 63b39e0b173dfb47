// Bytes of a .txt/.md/.html file → text, or the reason it is not text.
// Invalid UTF-8 is rejected with the byte offset rather than replaced: quotes
// are copied from the text and verified against the file, so a silently
// repaired text would produce quotes that do not stand in the file.

import { isUtf8 } from 'node:buffer';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

/** How much of the file the binary sniffing looks at. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters (other than tab, line feed, carriage return, form feed) that means "binary". */
const MAX_CONTROL_RATIO = 0.1;

function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f;
}

/** Why the bytes look like binary data, if they do. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return 'looks like UTF-16 text, expected UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)';
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `looks like binary data (NUL byte at offset ${i}), expected UTF-8 text`;
    if (isControl(b)) controls++;
  }
  if (n > 0 && controls / n > MAX_CONTROL_RATIO)
    return `looks like binary data (${Math.round((100 * controls) / n)} % control characters), expected UTF-8 text`;
  return undefined;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty, expected text' };
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: `invalid UTF-8 at byte offset ${at}, expected UTF-8 text` };
  }
  // A UTF-8 byte order mark is an encoding signature, not text: left in, it would hide a symbol at the
  // very start of the document from the rules anchored there. Quotes never include it.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  if (!text.trim()) return { ok: false, reason: 'file holds only white space, expected text' };
  return { ok: true, text };
}
