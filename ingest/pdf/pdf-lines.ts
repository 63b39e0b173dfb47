// A PDF page's positioned runs of glyphs → its lines (pdf-layout.ts): runs on one baseline form a line,
// a raised, smaller run of digits is a footnote marker (`^{n}`), a wide gap sets a cell apart.

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

/** A page's runs, in content order → its lines, top to bottom. */
export function toLines(runs: readonly TextRun[]): Line[] {
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
