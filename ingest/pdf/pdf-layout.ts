// pdf.js text items → plain text with the structure the segmenter needs.
// A PDF has no paragraphs, only positioned runs of glyphs, so: runs on one
// baseline form a line; a raised, smaller run of digits is a footnote marker
// and becomes `^{n}` (the seed texts' form); a line that ends where the next
// line's first word would not have fitted is a wrapped line and is joined to
// it with a space (the greedy line-breaking test, so short lines: headings,
// list entries, addresses, stay lines); a vertical gap of more than 1.5 lines
// is a paragraph break (blank line). Pages are separated by a blank line.

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

interface Line {
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
const LIST_START = /^(\(?[0-9]{1,3}[.)]|\(?[a-z]{1,4}\)|[•▪◦\u2013\u2014-])\s/;
/** The rule over a page's footnotes, and a footnote ("^{2} Economic and Social Council resolutions …", "* On
 * behalf of the States …", the sponsor's note of a draft resolution): never the rest of the line above. */
const NOTE_START = /^(?:_{3,}|\^\{|\*\s)/;

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

/**
 * The right margin the body is set to: the furthest right end that a cluster of lines (5 %, at least 3)
 * reaches within 1.5 pt. Not the furthest end of any line: the masthead of a UN document ("A/RES/78/132",
 * "Distr.: General") and a running head left in ends 65 pt right of the justified body (US Letter
 * resolutions), and every body line then looked too short to be wrapped, so each paragraph came out one
 * line per line. Looked for among the furthest quarter of the ends; ragged text that has no such cluster
 * there keeps the furthest end.
 */
function bodyRightEdge(lines: readonly Line[]): number {
  const ends = lines.map((l) => l.x1).sort((a, b) => b - a);
  const k = Math.max(3, Math.ceil(0.05 * ends.length));
  for (let i = 0; i + k - 1 < ends.length && i <= ends.length / 4; i++)
    if (ends[i]! - ends[i + k - 1]! <= 1.5) return ends[i]!;
  return ends[0] ?? 0;
}

/** Would the first word of `next` have fitted at the end of `prev`? If not, `prev` was wrapped. */
function isWrapped(prev: Line, next: Line, rightEdge: number, pageWidth: number): boolean {
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
function indentsParagraph(prev: Line, next: Line, after: Line | undefined): boolean {
  // A footnote's or list entry's marker hangs out: "^{12} United Nations Educational, … Records of the General"
  // over "Conference, Forty-first Session, …" set in, and the next footnote out again, is one footnote.
  if (NOTE_START.test(prev.text) || LIST_START.test(prev.text)) return false;
  const step = next.size;
  return next.x0 > prev.x0 + step && after !== undefined && after.x0 < next.x0 - step;
}

function joiner(
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
function withJoin(text: string, join: string): string {
  return join === '' && /\p{L} -$/u.test(text) ? `${text.slice(0, -2)}-` : text + join;
}

/**
 * Where the footnotes at the foot of a page start: at the rule ("__________________") that the last lines
 * of the page sit under; 0 when there is none (or nothing above it).
 */
function footStart(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i > 0; i--) {
    const rule = lines[i]!;
    if (!/^_{3,}$/.test(rule.text)) continue;
    return lines.slice(i + 1).every((l) => l.y < rule.y) ? i : 0;
  }
  return 0;
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
