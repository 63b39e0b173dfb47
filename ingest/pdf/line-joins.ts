// How the laid-out lines of a PDF page join (pdf-layout.ts): the right margin the body is set to, whether a
// line was wrapped onto the next, a first-line indent that starts a paragraph, the footnotes under the rule at
// a page's foot, and a hyphen kept at a wrap.

import type { Line } from './pdf-lines.ts';

export const LIST_START = /^(\(?[0-9]{1,3}[.)]|\(?[a-z]{1,4}\)|[•▪◦\u2013\u2014-])\s/;
/** The rule over a page's footnotes, and a footnote ("^{2} Economic and Social Council resolutions …", "* On
 * behalf of the States …", the sponsor's note of a draft resolution): never the rest of the line above. */
export const NOTE_START = /^(?:_{3,}|\^\{|\*\s)/;

/**
 * The right margin the body is set to: the furthest right end that a cluster of lines (5 %, at least 3)
 * reaches within 1.5 pt. Not the furthest end of any line: the masthead of a UN document ("A/RES/78/132",
 * "Distr.: General") and a running head left in ends 65 pt right of the justified body (US Letter
 * resolutions), and every body line then looked too short to be wrapped, so each paragraph came out one
 * line per line. Looked for among the furthest quarter of the ends; ragged text that has no such cluster
 * there keeps the furthest end.
 */
export function bodyRightEdge(lines: readonly Line[]): number {
  const ends = lines.map((l) => l.x1).sort((a, b) => b - a);
  const k = Math.max(3, Math.ceil(0.05 * ends.length));
  for (let i = 0; i + k - 1 < ends.length && i <= ends.length / 4; i++)
    if (ends[i]! - ends[i + k - 1]! <= 1.5) return ends[i]!;
  return ends[0] ?? 0;
}

/** Would the first word of `next` have fitted at the end of `prev`? If not, `prev` was wrapped. */
export function isWrapped(prev: Line, next: Line, rightEdge: number, pageWidth: number): boolean {
  // A wrapped line spans most of the text width; on A4 with UN margins body text spans ~75 % of the page.
  if (LIST_START.test(next.text) || NOTE_START.test(next.text) || prev.x1 - prev.x0 < 0.5 * pageWidth)
    return false;
  const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
  const firstWord = next.text.split(' ', 1)[0]!;
  const space = 0.28 * prev.size;
  return prev.x1 + space + firstWord.length * charWidth > rightEdge - 0.05 * prev.size;
}

/**
 * `next` is set in from the lines on both sides of it: the first-line indent that starts a paragraph of a
 * UN resolution ("… partnership and solidarity," | ⎵⎵⎵"Reaffirming further the New Urban Agenda …", whose
 * first word would not have fitted on the line above). A hanging indent (the lines after the first set in)
 * is not one: the line after `next` is set in as far.
 */
export function indentsParagraph(prev: Line, next: Line, after: Line | undefined): boolean {
  // A footnote's or list entry's marker hangs out: "^{12} United Nations Educational, … Records of the General"
  // over "Conference, Forty-first Session, …" set in, and the next footnote out again, is one footnote.
  if (NOTE_START.test(prev.text) || LIST_START.test(prev.text)) return false;
  const step = next.size;
  return next.x0 > prev.x0 + step && after !== undefined && after.x0 < next.x0 - step;
}

export function joiner(
  prev: Line,
  next: Line,
  after: Line | undefined,
  lineGap: number,
  rightEdge: number,
  pageWidth: number,
): string {
  const gap = prev.y - next.y;
  if (gap < 0 || gap > 1.5 * lineGap) return '\n\n';
  // A paragraph set in by its first line ends a passage, as a blank line does in a text copy: a resolution's
  // preamble has no numbers, and its paragraphs one per line would read as one passage.
  if (indentsParagraph(prev, next, after)) return '\n\n';
  if (!isWrapped(prev, next, rightEdge, pageWidth)) return '\n';
  // "well-\nknown": keep the hyphen, drop the break. "capacity -\nbuilding" too: pdf.js made up the space
  // before the hyphen (split-words.ts; a dash at a wrap would be an en dash), and `withJoin` drops it.
  return /\p{L} ?-$/u.test(prev.text) && /^\p{Ll}/u.test(next.text) ? '' : ' ';
}

/** `text` with `join` added: a hyphen kept at a wrap loses a space made up before it ("capacity -" + ""). */
export function withJoin(text: string, join: string): string {
  return join === '' && /\p{L} -$/u.test(text) ? `${text.slice(0, -2)}-` : text + join;
}

/**
 * Where the footnotes at the foot of a page start: at the rule ("__________________") that the last lines
 * of the page sit under; 0 when there is none (or nothing above it).
 */
export function footStart(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i > 0; i--) {
    const rule = lines[i]!;
    if (!/^_{3,}$/.test(rule.text)) continue;
    return lines.slice(i + 1).every((l) => l.y < rule.y) ? i : 0;
  }
  return 0;
}
