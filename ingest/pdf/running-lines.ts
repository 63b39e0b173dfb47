// Running heads and feet of a PDF (the symbol "A/70/125" and "GE.16-01234 3"
// at the top or bottom of every page, bare page numbers) interrupt paragraphs
// that run on across pages, so they are dropped. The first page keeps its
// head: its masthead carries the symbol that gives the Document its id. Lines
// are compared with a leading or trailing page number removed, so body lines
// that differ inside ("Line 1 of 3", "Line 2 of 3") are kept.
//
// UN resolutions set their head and foot on facing pages the other way round:
// an even page has "A/RES/78/132" on its own line beside a two-line title and
// "2/15 23-25902" at its foot, an odd page the title's last line and the
// symbol on one baseline, "23-25902 3/15". So a page's edge is its two top and
// two bottom baselines (not lines: the symbol and the title's last line share
// one), and more while they are set close (a long title's head), and a line is compared cell by cell (its pieces set apart by a wide
// gap): it is a running line when every cell recurs, or is a page number.

/** What this step needs of a laid-out line. */
export interface EdgeLine {
  readonly text: string;
  readonly y: number;
  /** Font size in PDF units. */
  readonly size?: number;
  /** The line's pieces set apart by a wide gap; the whole text when absent. */
  readonly cells?: readonly string[];
}

const PAGE_NUMBER = /^(page\s+)?[-–—\s]*\d{1,4}[-–—\s]*(\s*(of|\/)\s*\d{1,4})?$/i;
/** Baselines examined at each end of a page, and up to how many when they are set close together. */
const EDGE = 2;
const MAX_HEAD = 5;
/** Two lines closer than this (PDF units) share a baseline: runs of one line differ by a point or two. */
const SAME_BASELINE = 2;

/** The text without a page number ("3", "3/15") at its start or end: "GE.16-01234 3" and "GE.16-01234 4" agree. */
const key = (text: string) =>
  text
    .replace(/^\s*\d{1,4}(?:\s*\/\s*\d{1,4})?\s+|\s+\d{1,4}(?:\s*\/\s*\d{1,4})?\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function median(values: number[]): number {
  const s = values.filter((v) => v > 0).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const cellsOf = (l: EdgeLine): readonly string[] => (l.cells?.length ? l.cells : [l.text]);

function edges<L extends EdgeLine>(lines: readonly L[]): { top: Set<L>; bottom: Set<L> } {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  const levels: { y: number; size: number }[] = [];
  for (const l of byHeight)
    if (!levels.length || levels[levels.length - 1]!.y - l.y > SAME_BASELINE)
      levels.push({ y: l.y, size: l.size ?? 10 });
  // A head runs on while its lines are set close: the title of "Terms of reference and modalities for the
  // establishment and functioning of the Independent International Scientific Panel on …" takes four lines
  // over the symbol (A/RES/79/325); the body starts after a wider gap.
  const close = (i: number, j: number) =>
    Math.abs(levels[i]!.y - levels[j]!.y) <= 1.4 * Math.max(levels[i]!.size, levels[j]!.size);
  let top = Math.min(EDGE, levels.length);
  while (top < Math.min(MAX_HEAD, levels.length) && close(top - 1, top)) top++;
  let bottom = Math.min(EDGE, levels.length);
  while (
    bottom < Math.min(MAX_HEAD, levels.length) &&
    close(levels.length - bottom, levels.length - bottom - 1)
  )
    bottom++;
  const topFloor = levels[top - 1]?.y ?? 0;
  const bottomCeiling = levels[levels.length - bottom]?.y ?? 0;
  return {
    top: new Set(byHeight.filter((l) => l.y >= topFloor - SAME_BASELINE / 2)),
    bottom: new Set(byHeight.filter((l) => l.y <= bottomCeiling + SAME_BASELINE / 2)),
  };
}

export function dropRunningLines<L extends EdgeLine>(pages: readonly (readonly L[])[]): L[][] {
  const pageEdges = pages.map(edges);
  const counts = new Map<string, number>();
  pageEdges.forEach(({ top, bottom }, p) => {
    if (p === 0) return;
    const keys = new Set<string>();
    for (const l of [...top, ...bottom]) {
      keys.add(key(l.text));
      for (const c of cellsOf(l)) keys.add(key(c));
    }
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const later = pages.length - 1;
  const threshold = Math.max(2, Math.ceil(later / 2));
  // Page 1 counts once for a head set smaller than the text whose words its masthead has: the only later
  // page of a two-page resolution (A/RES/79/237) repeats the symbol and the title there and nowhere else.
  const first = (pages[0] ?? []).map((l) => l.text).join(' ');
  const bodySize = median(pages.flat().map((l) => l.size ?? 0));
  const recurs = (text: string, l: L) => {
    const k = key(text);
    const n = counts.get(k) ?? 0;
    if (PAGE_NUMBER.test(text.trim()) || n >= threshold) return true;
    return n + 1 >= threshold && k.length >= 8 && (l.size ?? bodySize) < 0.95 * bodySize && first.includes(k);
  };
  return pages.map((lines, p) =>
    lines.filter((l) => {
      const { top, bottom } = pageEdges[p]!;
      if (!top.has(l) && !bottom.has(l)) return true;
      if (PAGE_NUMBER.test(l.text.trim())) return false;
      // Page 1 keeps its head (the masthead with the symbol) but loses its running foot.
      if (p === 0 && top.has(l)) return true;
      return !recurs(l.text, l) && !cellsOf(l).every((c) => recurs(c, l));
    }),
  );
}
