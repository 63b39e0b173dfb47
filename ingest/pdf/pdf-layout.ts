// pdf.js text items → plain text with the structure the segmenter needs.
// A PDF has no paragraphs, only positioned runs of glyphs, so: runs on one
// baseline form a line; a raised, smaller run of digits is a footnote marker
// and becomes `^{n}` (the seed texts' form); a line that ends where the next
// line's first word would not have fitted is a wrapped line and is joined to
// it with a space (the greedy line-breaking test, so short lines: headings,
// list entries, addresses, stay lines); a vertical gap of more than 1.5 lines
// is a paragraph break (blank line). Pages are separated by a blank line.

import { bodyRightEdge, footStart, indentsParagraph, isWrapped, joiner, withJoin } from './line-joins.ts';
import { dropRunningLines } from './running-lines.ts';
import { rejoinSplitWords } from './split-words.ts';

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

export interface Line {
  text: string;
  /** The line's pieces set apart by a wide gap ("2/15", "23-25902"; a running head's title and symbol). */
  cells: string[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The line so far is one small run that may be a marker raised above the text that follows. */
  leadingMarker: boolean;
}

const MARKER = /^(\d{1,3}|[*†‡])$/;

function toLines(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let endLine = false;
  let cellBreak = false;
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
      const piece = MARKER.test(r.str.trim()) ? `^{${r.str.trim()}}` : `${gap}${r.str}`;
      line.text += piece;
      line.cells[line.cells.length - 1] += piece;
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
      Object.assign(line, { text, cells: [text], y: r.y, size: r.size, leadingMarker: false });
      line.x1 = r.x + r.width;
      endLine = r.hasEOL;
      continue;
    }
    const sameLine = line && !endLine && Math.abs(r.y - line.y) < 0.4 * Math.max(r.size, line.size);
    if (line && sameLine && r.x + r.width <= line.x0 + 0.5 && r.str.trim()) {
      // A UN running foot is written page number last but set first: "23-25902" then "2/15" at the left
      // margin of an even page. Read in page order ("2/15 23-25902"), it is one foot with its number at an end.
      line.text = `${r.str} ${line.text}`;
      line.cells.unshift(r.str);
      line.x0 = r.x;
    } else if (line && sameLine) {
      const gap = r.x - line.x1;
      const space = gap > 0.15 * r.size && !/\s$/.test(line.text) && !/^\s/.test(r.str) ? ' ' : '';
      line.text += space + r.str;
      // A wide gap, or a run of spaces as wide ("sustainable development" ⎵⎵⎵ "A/RES/78/132", the head of an
      // odd page of a UN resolution), sets a new cell apart.
      if (!r.str.trim()) {
        if (r.width > 2 * r.size) cellBreak = true;
        else line.cells[line.cells.length - 1] += r.str;
      } else if (cellBreak || gap > 2 * r.size) {
        line.cells.push(r.str);
        cellBreak = false;
      } else line.cells[line.cells.length - 1] += space + r.str;
      line.x1 = Math.max(line.x1, r.x + r.width);
      if (line.leadingMarker && r.str.trim()) line.leadingMarker = false;
    } else {
      const leadingMarker = MARKER.test(r.str.trim());
      line = { text: r.str, cells: [r.str], x0: r.x, x1: r.x + r.width, y: r.y, size: r.size, leadingMarker };
      lines.push(line);
      cellBreak = false;
    }
    endLine = r.hasEOL;
  }
  for (const l of lines) {
    l.text = l.text.replace(/\s+/g, ' ').trim();
    l.cells = l.cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => c !== '');
  }
  return lines.filter((l) => l.text !== '');
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
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
  rejoinSplitWords(pageLines.flat());
  const all = pageLines.flat();
  const rightEdge = bodyRightEdge(all);
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
  // The footnotes under the rule at the foot of the page before, held back while its last paragraph runs
  // on: a resolution's preamble paragraph broken by a page ("… in which it took stock of the progress made
  // in the implementation of the" | footnotes 3–8 | "outcomes of the World Summit, …") reads on whole.
  let notes = '';
  const flushNotes = () => {
    if (notes) text += `\n\n${notes}`;
    notes = '';
  };
  for (const [p, lines] of pageLines.entries()) {
    const pageWidth = pageWidths[p] ?? 595;
    pageStarts.push(text.length);
    if (!lines[0]) {
      // An empty page starts where the next page with text starts.
      emptyPages.push(p);
      continue;
    }
    const split = footStart(lines);
    const body = split > 0 ? lines.slice(0, split) : lines;
    const foot = split > 0 ? lines.slice(split) : [];
    const first = body[0]!;
    const join = (i: number) => joiner(body[i - 1]!, body[i]!, body[i + 1], lineGap, rightEdge, pageWidth);
    // A paragraph that runs on to the next page: its last line is a wrapped one.
    // Not a footnote at the foot of the page above: it is set smaller than the text it would run on to.
    const runsOn =
      text !== '' &&
      previous !== undefined &&
      Math.abs(previous.size - first.size) < 0.1 * first.size &&
      isWrapped(previous, first, rightEdge, pageWidth) &&
      !indentsParagraph(previous, first, body[1]);
    if (runsOn) text = withJoin(text, /\p{L} ?-$/u.test(text) && /^\p{Ll}/u.test(first.text) ? '' : ' ');
    else if (text) {
      flushNotes();
      text += '\n\n';
    }
    for (const e of [...emptyPages, p]) pageStarts[e] = text.length;
    emptyPages = [];
    body.forEach((line, i) => {
      if (i > 0) {
        const j = join(i);
        // The paragraph that ran on ends here: the footnotes held back go in between.
        if (notes && j !== ' ' && j !== '') {
          flushNotes();
          text += '\n\n';
        } else text = withJoin(text, j);
      }
      text += line.text;
    });
    flushNotes();
    previous = body[body.length - 1];
    foot.forEach((line, i) => {
      if (i > 0)
        notes = withJoin(notes, joiner(foot[i - 1]!, line, foot[i + 1], lineGap, rightEdge, pageWidth));
      notes += line.text;
    });
  }
  flushNotes();
  if (text && !text.endsWith('\n')) text += '\n';
  return { text, pageStarts };
}
