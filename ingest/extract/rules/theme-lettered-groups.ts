// Lettered groupings a group works on ("A. Replies related to …", "B. …", "C. …", rules/themes.ts): each
// letter's theme, ADDRESSED by the working group; a later run restating the same letters is the same themes.

import { addEdge, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { addTheme } from './theme-claim.ts';
import { cleanThemeText, themeIdFor } from './theme-names.ts';
import { isBareTocRun } from './theme-toc-runs.ts';

// A line of a table of contents ends with a leader (dots or an ellipsis) and a page number.
const TOC_ENTRY = /(?:\.\s*){3,}\s*\d{1,3}\s*$|…+\s*\d{1,3}\s*$/;

/**
 * "A. Replies related to …", "B. …", "C. …": three or more lettered lines name the topics a group works on.
 * A later run with the same letters that mostly repeats the first one restates the same groupings in
 * shorter words ("D. Developing countries" after "D. Replies to the role of developing countries"): its
 * odd item is the first run's theme under another name. Each letter's theme is kept in `ctx.state`
 * (`grouping:D`) for later references ("recommendations in group D and E", theme-groups.ts).
 */
export function letteredGroups(ctx: DocContext): void {
  const wg = ctx.state.get('workingGroup');
  const first = new Map<string, { readonly id: string; readonly name: string }>();
  const re = /^[ \t]*([A-H])\.[ \t]+(\S.*(?:\n(?![ \t]*[A-H]\.[ \t])(?![ \t]*\n)[^\n•]+)?)/gm;
  // A table of contents lists the report's sections with their pages ("A. Digital opportunity … ... 3"): its lines
  // are headings of the text, no topics, and their leaders and page numbers are no part of a name.
  const hits = matchesOf(re, ctx.doc.text).filter((h) => !TOC_ENTRY.test(h[2]!.split('\n', 1)[0]!));
  for (let i = 0; i < hits.length; i++) {
    const run = [hits[i]!];
    while (
      i + 1 < hits.length &&
      hits[i + 1]![1]!.charCodeAt(0) === run[run.length - 1]![1]!.charCodeAt(0) + 1
    )
      run.push(hits[++i]!);
    if (run.length < 3 || run[0]![1] !== 'A') continue;
    if (isBareTocRun(run.map((h) => h[2]!))) continue;
    const same = run.filter((h) => {
      const name = cleanThemeText(h[2]!);
      return name !== undefined && first.get(h[1]!)?.id === themeIdFor(ctx.gazetteer, name).id;
    }).length;
    const restated = first.size > 0 && same * 2 > run.length;
    for (const h of run) {
      const p = ctx.passages.find((q) => q.start <= h.index && h.index < q.end + 1);
      if (!p) continue;
      const as = restated ? first.get(h[1]!) : undefined;
      const id = addTheme(ctx, p, h.index, h.index + h[0].length, h[2]!, 'themes:lettered', false, as);
      const name = cleanThemeText(h[2]!);
      if (id && name && !first.has(h[1]!)) {
        first.set(h[1]!, themeIdFor(ctx.gazetteer, name));
        ctx.state.set(`grouping:${h[1]}`, id);
      } else if (!restated) ctx.state.set(`grouping:${h[1]}`, ''); // two different lists: "group A" is ambiguous
      if (id && wg)
        addEdge(
          ctx,
          { type: 'ADDRESSES', from: wg, to: id, source: sourceAt(ctx, p, h.index, h.index + h[0].length) },
          'themes:lettered',
        );
    }
  }
}
