// Character tests on UTF-16 code units: the scans over every sentence of every
// document compared one-character strings and ran /\s/ per character.

/** Whether code unit `c` is what /\s/ matches (WhiteSpace and LineTerminator of ECMAScript). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A full stop, question mark, exclamation mark or semicolon. */
export const isStopCode = (c: number): boolean => c === 46 || c === 63 || c === 33 || c === 59;

/** An ASCII letter or digit. */
export const isAsciiWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
