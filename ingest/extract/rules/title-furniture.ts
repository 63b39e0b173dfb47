// Lines a web page's copy puts where a title would be that title nothing (rules/document.ts):
//   - a category label of one word opening the page, over the headline: "Report" over "Report on the right to privacy in the
//     digital age (focus on surveillance)" (OHCHR's page on A/HRC/27/37);
//   - the name of a body alone, a breadcrumb over the headline: "United Nations Human Rights Council" over
//     "Joint Statement at the Interactive Dialogue with the Special Rapporteur …" (a ministry's page of HRC
//     statements); the organ lines of a UN masthead are the same (document-masthead.ts);
//     A page's first line is its headline even when it is a body's name ("United Nations Commission on
//     Science and Technology for Development", a page about the Commission): only a later line is furniture;
//   - a line cut after a word no title ends with: "Dozens of GNI members have participated in" (the last
//     line of a page's copy cut short) is a sentence's beginning.

import type { DocContext } from '../context.ts';

const OPEN_END = /\b(?:on|of|the|and|for|in|to|a|an|with|by|at|from)$/i;

/** Whether `line` is a page's first line of one word (markup off): a category label, not a title. */
export const labelLine = (ctx: DocContext, line: string): boolean =>
  !/\s/.test(line.replace(/^[#*\s]+|[*\s]+$/g, '')) && ctx.doc.text.trimStart().startsWith(line.trim());

/** Whether `line` ends with an open word, or (below the first line) a known body's name alone. */
export function furniture(ctx: DocContext, line: string): boolean {
  const l = line.trim();
  if (OPEN_END.test(l)) return true;
  if (ctx.doc.text.trimStart().startsWith(l)) return false;
  const m = ctx.gazetteer.matchType(l, 'Organization')[0];
  return m !== undefined && m.start === 0 && m.end === l.length;
}
