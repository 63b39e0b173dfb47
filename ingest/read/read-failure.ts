// A file that could not be read, with a message that names the file and says
// what was expected (DEVELOPERS.md: "Bad input gets a clear error naming the
// file/argument and what was expected"). Failures are values, not exceptions:
// one bad file never stops the others.

import { basename } from 'node:path';

export interface ReadFailure {
  /** Path as given (or as found under a folder given). */
  readonly path: string;
  readonly file: string;
  /** Why, and what was expected, without the path (the report adds it). */
  readonly reason: string;
}

export const readFailure = (path: string, reason: string): ReadFailure => ({
  path,
  file: basename(path),
  reason,
});

/** "path: reason", the one-line form used on the terminal and in the log. */
export const failureMessage = (f: ReadFailure): string => `${f.path}: ${f.reason}`;

/** Human-readable byte size: "100 MB", "12.3 KB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${text} ${units[unit]}`;
}
