// Running heads and feet of a PDF (the symbol "A/70/125" and "GE.16-01234 3"
// at the top or bottom of every page, bare page numbers) interrupt paragraphs
// that run on across pages, so they are dropped. The first page keeps its
// head: its masthead carries the symbol that gives the Document its id. Lines
// are compared with a leading or trailing page number removed, so body lines
// that differ inside ("Line 1 of 3", "Line 2 of 3") are kept.

/** What this step needs of a laid-out line. */
export interface EdgeLine {
  readonly text: string;
  readonly y: number;
}

const PAGE_NUMBER = /^(page\s+)?[-–—\s]*\d{1,4}[-–—\s]*(\s*(of|\/)\s*\d{1,4})?$/i;
/** Lines examined at each end of a page. */
const EDGE = 2;

/** The text without a page number at its start or end: "GE.16-01234 3" and "GE.16-01234 4" agree. */
const key = (text: string) =>
  text
    .replace(/^\s*\d{1,4}\s+|\s+\d{1,4}\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function edges<L extends EdgeLine>(lines: readonly L[]): { top: Set<L>; bottom: Set<L> } {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  return { top: new Set(byHeight.slice(0, EDGE)), bottom: new Set(byHeight.slice(-EDGE)) };
}

export function dropRunningLines<L extends EdgeLine>(pages: readonly (readonly L[])[]): L[][] {
  const pageEdges = pages.map(edges);
  const counts = new Map<string, number>();
  pageEdges.forEach(({ top, bottom }, p) => {
    if (p === 0) return;
    for (const k of new Set([...top, ...bottom].map((l) => key(l.text))))
      counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const later = pages.length - 1;
  const threshold = Math.max(2, Math.ceil(later / 2));
  return pages.map((lines, p) =>
    lines.filter((l) => {
      const { top, bottom } = pageEdges[p]!;
      if (!top.has(l) && !bottom.has(l)) return true;
      if (PAGE_NUMBER.test(l.text.trim())) return false;
      // Page 1 keeps its head (the masthead with the symbol) but loses its running foot.
      if (p === 0 && !bottom.has(l)) return true;
      return (counts.get(key(l.text)) ?? 0) < threshold;
    }),
  );
}
