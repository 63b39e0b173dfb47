// A news page's category label over its headline: "Press Release" / "UN Secretary-General launches AI Advisory
// Body on risks, opportunities, and international governance of artificial intelligence" / "27 October 2023"
// (a UN country team's copy of a press release). The label says what kind of item the page is; the line
// under it is the headline, even when it is a plain text line and not the page's first (rules/document.ts).
// A blog's name over a post's date line is the same: "What's In Blue" / "Posted Tue 25 Aug 2020" / "Arria-formula
// Meeting on Cyber-Attacks Against Critical Infrastructure" (Security Council Report's notes on the Council's
// meetings): the name is on every post, the line under the date titles this one, and the date is the post's.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { firstDate } from '../parse/dates.ts';

// Or a site's section, two topics joined by "&": "Cybersecurity & Tech" over "Cybersecurity at the UN: Another
// Year, Another GGE" (a law blog's post on the ICT security groups); one or two words each side, no more.
const CATEGORY =
  /^(?:Press\s+[Rr]eleases?|News(?:\s+[Rr]eleases?)?|Media\s+[Aa]dvisory|Feature\s+[Ss]tory|Statements?|Story|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+&\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)$/u;

/** The passage right under a first line that is only a category label, when `headline` accepts its one line. */
export function headlineUnderCategory(
  ctx: DocContext,
  headline: (line: string) => boolean,
): Passage | undefined {
  const [label, first, second] = ctx.passages;
  // The release's date may stand between the label and the headline: "Press Releases" / "17 September 2004" /
  // "Consultations on Setting up Working Group on Internet Governance to Be Held in Geneva, 20 - 21 September"
  // (UNIS Vienna's copy of a UN Information Service release).
  const next = first && dateLine(first.text) ? second : first;
  if (!label || !next || next.kind === 'footnote') return undefined;
  if (!CATEGORY.test(label.text.replace(/^[#*\s]+|[*\s]+$/g, ''))) return undefined;
  return headline(next.text) ? next : undefined;
}

/** Whether `text` is one whole date and nothing more ("17 September 2004"). */
function dateLine(text: string): boolean {
  const t = text.trim();
  const d = firstDate(t);
  return d !== undefined && d.index === 0 && d.length === t.length;
}

// "Posted Tue 25 Aug 2020", "Posted on 21 May 2020", "Posted Thursday, May 21, 2020".
const POSTED =
  /^Posted\s+(?:on\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})$/u;

/** The date a post's date line gives ("Posted Tue 25 Aug 2020": 2020-08-25), else undefined. */
export function postedDate(line: string): string | undefined {
  return POSTED.test(line.trim()) ? firstDate(line)?.start : undefined;
}

/** The passage under a post's date line, itself under the blog's name on the first line. */
export function headlineUnderPosted(
  ctx: DocContext,
  headline: (line: string) => boolean,
): Passage | undefined {
  const [name, posted, next] = ctx.passages;
  if (!name || !posted || !next || name.text.includes('\n') || next.kind === 'footnote') return undefined;
  if (!POSTED.test(posted.text.trim())) return undefined;
  return headline(next.text) ? next : undefined;
}
