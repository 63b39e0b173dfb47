// Numbered paragraphs must follow each other: a "64." quoted inside paragraph 1
// is not paragraph 64 of the report, and "1. Main findings" after paragraph 46
// is a heading. Lines that start a paragraph whose number was lost in the text
// export get the number the gap leaves free (same for footnotes whose marker
// was lost between footnote 6 and footnote 8).

import { type Line, looksLikeParagraphStart } from './classify.ts';

const MAX_JUMP = 6;

export function fixNumbers(lines: Line[]): void {
  fixFootnoteNumbers(lines);
  fixParagraphNumbers(lines);
}

function fixParagraphNumbers(lines: Line[]): void {
  let prev: number | undefined;
  lines.forEach((line, i) => {
    if (line.kind !== 'para') return;
    const n = Number(line.mark);
    // An excerpt may start at paragraph 69 when a close number (70 … 75) follows. Looked for only
    // while no paragraph is placed yet: scanning the rest of a long report for every paragraph was quadratic.
    const fits =
      prev === undefined
        ? n <= MAX_JUMP || closeNumberFollows(lines, i, n)
        : n > prev && n <= prev + MAX_JUMP;
    if (!fits) {
      const body = line.text.replace(/^\s*(?:[-•*]\s+)?(?:\^\{)?\d{1,3}\.(?:\})?\s+/, '').trim();
      line.kind = body.length < 100 && !/[.;:]$/.test(body) ? 'heading' : 'text';
      line.mark = undefined;
      return;
    }
    prev = n;
  });
  inferGaps(lines, 'para', (l) => l.kind === 'text' && looksLikeParagraphStart(l));
}

function closeNumberFollows(lines: readonly Line[], i: number, n: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.kind === 'para' && Number(l.mark) > n && Number(l.mark) <= n + MAX_JUMP) return true;
  }
  return false;
}

function fixFootnoteNumbers(lines: Line[]): void {
  inferGaps(
    lines,
    'footnote',
    (l) => (l.kind === 'text' || l.kind === 'heading') && l.text.trim().length > 8,
    (a, b) => isFootnoteNeighbour(lines, a, b),
  );
}

/** Only blank lines between the two footnotes and the candidates. */
function isFootnoteNeighbour(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const l = lines[i]!;
    if (l.kind !== 'blank' && (l.kind === 'para' || l.kind === 'item' || l.text.trim().length > 400))
      return false;
  }
  return true;
}

function inferGaps(
  lines: Line[],
  kind: 'para' | 'footnote',
  candidate: (l: Line) => boolean,
  neighbours: (a: number, b: number) => boolean = () => true,
): void {
  let prevIdx: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== kind || !/^\d+$/.test(l.mark ?? '')) continue;
    if (prevIdx !== undefined) {
      const a = Number(lines[prevIdx]!.mark);
      const b = Number(l.mark);
      const gap = b - a - 1;
      if (gap > 0 && neighbours(prevIdx, i)) {
        const cands: Line[] = [];
        for (let j = prevIdx + 1; j < i; j++) if (candidate(lines[j]!)) cands.push(lines[j]!);
        if (cands.length === gap)
          cands.forEach((c, k) => {
            c.kind = kind;
            c.mark = String(a + k + 1);
          });
      }
    }
    prevIdx = i;
  }
}
