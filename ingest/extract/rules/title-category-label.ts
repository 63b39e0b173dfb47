// A news page's category label over its headline: "Press Release" / "UN Secretary-General launches AI Advisory
// Body on risks, opportunities, and international governance of artificial intelligence" / "27 October 2023"
// (a UN country team's copy of a press release). The label says what kind of item the page is; the line
// under it is the headline, even when it is a plain text line and not the page's first (rules/document.ts).

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';

const CATEGORY =
  /^(?:Press\s+[Rr]eleases?|News(?:\s+[Rr]eleases?)?|Media\s+[Aa]dvisory|Feature\s+[Ss]tory|Statements?|Story)$/;

/** The passage right under a first line that is only a category label, when `headline` accepts its one line. */
export function headlineUnderCategory(
  ctx: DocContext,
  headline: (line: string) => boolean,
): Passage | undefined {
  const [label, next] = ctx.passages;
  if (!label || !next || next.kind === 'footnote') return undefined;
  if (!CATEGORY.test(label.text.replace(/^[#*\s]+|[*\s]+$/g, ''))) return undefined;
  return headline(next.text) ? next : undefined;
}
