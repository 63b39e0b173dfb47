// A table of contents copied without its leaders: "A. Performance of the mandate 2015-2017 4", "B. Work of the
// Special Rapporteur in the Priority Area … 18", "C. The mandate of the Special Rapporteur … 21" (a law
// library's copy of a Special Rapporteur's report, where the dots between a heading and its page fell away).
// Each line of the run ends in a page number and the pages never go down: the lines are the report's own
// headings, no topics. A run of groupings where only some lines end in a number ("C. Goal 9") is not one.

const PAGE_AT_END = /\s(\d{1,3})\s*$/;

/** True when every item of a lettered run ends in a page number and the pages do not decrease. */
export function isBareTocRun(items: readonly string[]): boolean {
  let last = 0;
  for (const item of items) {
    const m = PAGE_AT_END.exec(item);
    if (!m) return false;
    const page = Number(m[1]);
    if (page < last) return false;
    last = page;
  }
  return items.length > 0;
}
