// A name the text wraps over a line break where two passages meet: "… and the Ambassador of Papua New" |
// "Guinea H.E. Mr. Joshua Kalinoe (Pacific)." (an ACP press release copied from a PDF, its short lines read
// as headings, so the two lines are two passages). Each passage alone names only a head or a tail of it
// ("Guinea", another Member State). The name matched over the single line break wins: it is kept with the
// passage it starts in, and the shorter matches it covers on either side are dropped (gazetteer-mentions.ts).

import type { Source } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { quoteIn } from '../quote.ts';

type Found = ReturnType<DocContext['gazetteer']['match']>[number];

// How far from the break the two lines are read (a name's words on each side).
const REACH = 120;

/**
 * The gazetteer match that runs from passage `p` over the line break into the next passage `next`, its
 * offsets relative to `p.start` (its end past `p`'s), or undefined.
 */
export function wrappedName(ctx: DocContext, p: Passage, next: Passage | undefined): Found | undefined {
  const text = ctx.doc.text;
  const brk = p.end;
  if (!next || next.start !== brk + 1 || text.charCodeAt(brk) !== 10) return undefined;
  // A word on each side of the break: a letter (or a hyphen) ends the line, a letter opens the next one.
  if (!/[\p{L}-]$/u.test(p.text) || !/^[^\S\n]*\p{L}/u.test(next.text)) return undefined;
  // The last line of p from a word's start, and the first line of next.
  const lineStart = text.lastIndexOf('\n', brk - 1) + 1;
  let from = Math.max(p.start, lineStart, brk - REACH);
  while (from > p.start && from > lineStart && /\S/.test(text[from - 1]!)) from--;
  const nl = text.indexOf('\n', next.start);
  const to = Math.min(next.end, nl < 0 ? text.length : nl, next.start + REACH);
  for (const m of ctx.gazetteer.match(text.slice(from, to))) {
    const start = from + m.start;
    const end = from + m.end;
    if (start < brk && end > next.start)
      return { entry: m.entry, start: start - p.start, end: end - p.start, surface: m.surface };
  }
  return undefined;
}

/** The source of a name wrapped from `p` into `next`: a quote over both lines, at `p`'s locator. */
export function wrappedSource(
  ctx: DocContext,
  p: Passage,
  next: Passage,
  start: number,
  end: number,
): Source {
  return {
    document: ctx.info.id,
    locator: p.locator,
    quote: quoteIn(ctx.doc.text, p.start, next.end, start, end),
  };
}
