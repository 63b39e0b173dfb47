// pdf.js text items → plain text with the structure the segmenter needs.
// A PDF has no paragraphs, only positioned runs of glyphs, so: runs on one
// baseline form a line (pdf-lines.ts); a raised, smaller run of digits is a footnote marker
// and becomes `^{n}` (the seed texts' form); a line that ends where the next
// line's first word would not have fitted is a wrapped line and is joined to
// it with a space (the greedy line-breaking test, so short lines: headings,
// list entries, addresses, stay lines); a vertical gap of more than 1.5 lines
// is a paragraph break (blank line). Pages are separated by a blank line.

import { bodyRightEdge, footStart, indentsParagraph, isWrapped, joiner, withJoin } from './line-joins.ts';
import { type Line, type TextRun, toLines } from './pdf-lines.ts';
import { dropRunningLines } from './running-lines.ts';
import { rejoinSplitWords } from './split-words.ts';

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
