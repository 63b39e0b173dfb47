// A masthead copied as one flat line, the report's title inside it before its "Summary" heading: "A/HRC/14/23
// United Nations General Assembly Distr.: General 20 April 2010 … Agenda item 3 Promotion and protection of all
// human rights, … Report of the Special Rapporteur on the promotion and protection of the right to freedom of
// opinion and expression, Mr. Frank La Rue* Summary This report is submitted …" (a document-sharing site's copy
// of a Special Rapporteur's report). No line of it is a title, so a short line of the site's furniture further
// down was taken instead; the title is the "Report of …" / "Note by …" words from the distribution line on,
// ending at the footnote star or the "Summary" heading followed by a sentence.
// The Secretary-General's WSIS reports head it "Executive summary" (A/66/64–E/2011/77, A/68/65–E/2013/11).
// A draft's flat masthead gives its title after the sponsors' ": draft resolution 47/…" and before the preamble's
// "The Human Rights Council," (A/HRC/47/L.22 as a document-sharing site copied it, q94).

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';

const DISTRIBUTION = /\bDistr\.?:/;
// "Annual report of the …" (an agenda item's title) has "report" in lower case: not the document's kind line
// (the expression is case-sensitive).
const TITLE =
  /\b((?:Report|Note)\s+(?:of|by)\s+the\s+[^*\n]{10,250}?)\*?\s+(?:Executive\s+[Ss]ummary|Summary)\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u;

const DRAFT_TITLE =
  /:\s*draft\s+(?:resolution|decision)\s+(?:\d{1,4}\/(?:…|\.\.\.|\d{1,3})\.?\s+)?(\p{Lu}[^\n]{10,250}?)\s+The\s+(?:Human\s+Rights\s+Council|General\s+Assembly|Economic\s+and\s+Social\s+Council),/u;

/** The first passage and its title words when it is a flat masthead holding "Report of … Summary …". */
export function flatMastheadTitle(ctx: DocContext): { p: Passage; line: string } | undefined {
  // A site's header lines may stand over a draft's flat masthead ("Total Page:16"): the draft's title is looked
  // for in the first three passages, a report's in the first only.
  for (const [i, p] of ctx.passages.slice(0, 3).entries()) {
    const head = p.text.slice(0, 2500);
    const distr = DISTRIBUTION.exec(head);
    if (!distr || head.slice(0, distr.index).includes('\n')) continue;
    const rest = head.slice(distr.index);
    const m = (i === 0 ? TITLE.exec(rest) : null) ?? DRAFT_TITLE.exec(rest);
    if (m && !m[1]!.includes('\n')) return { p, line: m[1]!.trim() };
  }
  return undefined;
}
