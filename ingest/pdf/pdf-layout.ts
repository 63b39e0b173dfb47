// pdf.js text items → plain text with the structure the segmenter needs.
// A PDF has no paragraphs, only positioned runs of glyphs, so: runs on one
// baseline form a line; a raised, smaller run of digits is a footnote marker
// and becomes `^{n}` (the seed texts' form); a line that ends where the next
// line's first word would not have fitted is a wrapped line and is joined to
// it with a space (the greedy line-breaking test, so short lines: headings,
// list entries, addresses, stay lines); a vertical gap of more than 1.5 lines
// is a paragraph break (blank line). Pages are separated by a blank line.

import { dropRunningLines } from './running-lines.ts';

export interface TextRun {
  readonly str: string;
  /** Baseline origin in PDF units (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in PDF units. */
  readonly size: number;
  readonly hasEOL: boolean;
}

interface Line {
  text: string;
  readonly x0: number;
  x1: number;
  y: number;
  size: number;
  /** The line so far is one small run that may be a marker raised above the text that follows. */
  leadingMarker: boolean;
}

const MARKER = /^(\d{1,3}|[*†‡])$/;
const LIST_START = /^(\(?[0-9]{1,3}[.)]|\(?[a-z]{1,4}\)|[•▪◦\u2013\u2014-])\s/;

function toLines(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let endLine = false;
  for (const r of runs) {
    if (!r.str) {
      if (r.hasEOL) endLine = true;
      continue;
    }
    const raised =
      line && r.size < 0.85 * line.size && r.y > line.y + 0.15 * line.size && r.y < line.y + line.size;
    if (line && raised && r.x >= line.x1 - 0.5) {
      // A raised number is a footnote marker; a raised word ("18th") is just text on the line.
      const gap = r.x - line.x1 > 0.15 * r.size && !/\s$/.test(line.text) ? ' ' : '';
      line.text += MARKER.test(r.str.trim()) ? `^{${r.str.trim()}}` : `${gap}${r.str}`;
      line.x1 = r.x + r.width;
      endLine = r.hasEOL;
      continue;
    }
    if (
      line?.leadingMarker &&
      r.size > line.size / 0.85 &&
      line.y - r.y > 0 &&
      line.y - r.y < r.size &&
      r.x >= line.x1 - 0.5
    ) {
      // "^{7} The first panellist…": a footnote marker that starts a footnote line.
      const space = /\s$/.test(line.text) || r.x - line.x1 > 0.15 * r.size ? ' ' : '';
      const text = `^{${line.text.trim()}}${space}${r.str}`;
      Object.assign(line, { text, y: r.y, size: r.size, leadingMarker: false });
      line.x1 = r.x + r.width;
      endLine = r.hasEOL;
      continue;
    }
    const sameLine = line && !endLine && Math.abs(r.y - line.y) < 0.4 * Math.max(r.size, line.size);
    if (line && sameLine) {
      const gap = r.x - line.x1;
      if (gap > 0.15 * r.size && !/\s$/.test(line.text) && !/^\s/.test(r.str)) line.text += ' ';
      line.text += r.str;
      line.x1 = Math.max(line.x1, r.x + r.width);
      if (line.leadingMarker && r.str.trim()) line.leadingMarker = false;
    } else {
      const leadingMarker = MARKER.test(r.str.trim());
      line = { text: r.str, x0: r.x, x1: r.x + r.width, y: r.y, size: r.size, leadingMarker };
      lines.push(line);
    }
    endLine = r.hasEOL;
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '');
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Would the first word of `next` have fitted at the end of `prev`? If not, `prev` was wrapped. */
function isWrapped(prev: Line, next: Line, rightEdge: number, pageWidth: number): boolean {
  // A wrapped line spans most of the text width; on A4 with UN margins body text spans ~75 % of the page.
  if (LIST_START.test(next.text) || prev.x1 - prev.x0 < 0.5 * pageWidth) return false;
  const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
  const firstWord = next.text.split(' ', 1)[0]!;
  const space = 0.28 * prev.size;
  return prev.x1 + space + firstWord.length * charWidth > rightEdge - 0.05 * prev.size;
}

function joiner(prev: Line, next: Line, lineGap: number, rightEdge: number, pageWidth: number): string {
  const gap = prev.y - next.y;
  if (gap < 0 || gap > 1.5 * lineGap) return '\n\n';
  if (!isWrapped(prev, next, rightEdge, pageWidth)) return '\n';
  // "well-\nknown": keep the hyphen, drop the break.
  return /\p{L}-$/u.test(prev.text) && /^\p{Ll}/u.test(next.text) ? '' : ' ';
}

export interface PdfText {
  readonly text: string;
  readonly pageStarts: readonly number[];
}

/**
 * Lays out every page's runs; `pages[i]` are the runs of page i + 1 in content order, `pageWidths[i]` its
 * width in PDF units (default A4, 595).
 */
export function layoutPages(
  pages: readonly (readonly TextRun[])[],
  pageWidths: readonly number[] = [],
): PdfText {
  const pageLines = dropRunningLines(pages.map(toLines));
  const all = pageLines.flat();
  const rightEdge = all.reduce((m, l) => Math.max(m, l.x1), 0);
  const gaps: number[] = [];
  for (const lines of pageLines)
    for (let i = 1; i < lines.length; i++) {
      const g = lines[i - 1]!.y - lines[i]!.y;
      if (g > 0) gaps.push(g);
    }
  // Body line spacing is ~1.2 × the font size; the cap keeps a document of few, spaced lines honest.
  const typicalSize = median(all.map((l) => l.size)) || 10;
  const lineGap = Math.min(median(gaps) || Number.POSITIVE_INFINITY, 1.5 * typicalSize);
  let text = '';
  const pageStarts: number[] = [];
  let previous: Line | undefined;
  let emptyPages: number[] = [];
  for (const [p, lines] of pageLines.entries()) {
    const pageWidth = pageWidths[p] ?? 595;
    const first = lines[0];
    pageStarts.push(text.length);
    if (!first) {
      // An empty page starts where the next page with text starts.
      emptyPages.push(p);
      continue;
    }
    // A paragraph that runs on to the next page: its last line is a wrapped one.
    if (text && previous && isWrapped(previous, first, rightEdge, pageWidth)) text += ' ';
    else if (text) text += '\n\n';
    for (const e of [...emptyPages, p]) pageStarts[e] = text.length;
    emptyPages = [];
    previous = lines[lines.length - 1];
    lines.forEach((line, i) => {
      if (i > 0) text += joiner(lines[i - 1]!, line, lineGap, rightEdge, pageWidth);
      text += line.text;
    });
  }
  if (text && !text.endsWith('\n')) text += '\n';
  return { text, pageStarts };
}
