// "Report of the Secretary-General" in a masthead copied without its line breaks (rules/produced.ts).

// A masthead flattened into one passage (text copied from a PDF without its line breaks: "A/66/64–E/2011/77
// United Nations General Assembly … Distr.: General 14 March 2011 … Report of the Secretary-General
// Executive summary …"): "Report of" as the title block writes it, after the distribution line, not cited
// in a phrase ("the Report of the Secretary-General on …").
// A web copy may put the distribution line last: the agenda line before it marks the masthead too ("GE.16-03198(E)
// General Assembly Seventy-first session Item 16 of the preliminary list** … Report of the Secretary-General").
const DISTRIBUTION =
  /\bDistr\.?:?\s*(?:General|Limited|Restricted)\b|\bItem\s+\d+\s*(?:\([a-z]\)\s*)?of\s+the\s+(?:provisional|preliminary)\s+(?:agenda|list)\b/;
const CITED_BEFORE = /\b(?:the|a|an|this|that|his|her|its|their|and|or|in|on|of|to|see|by)\s*$/i;

export function inFlatMasthead(text: string, from: number, at: number): boolean {
  if (at - from > 2000 || text.charCodeAt(at) !== 82 /* R */) return false;
  const before = text.slice(from, at);
  return DISTRIBUTION.test(before) && !CITED_BEFORE.test(before) && !/\n\s*\n/.test(before);
}

// The title block run on into its summary in a web copy whose masthead lines stand apart: "Progress made in … at
// the regional and international levels Report of the Secretary-General Executive summary This report has been
// prepared …" (A/69/65–E/2014/12 on a document-sharing site, the distribution line blocks above). "Report of the
// X" right before the "Summary" heading is the kind line of the document's own masthead; a report cited in prose
// goes on with "on …", a symbol or a verb.
const SUMMARY_NEXT = /^\s*(?:Executive\s+summary|Summary)\s+\p{Lu}/u;

export function beforeSummaryHeading(text: string, from: number, at: number, agentEnd: number): boolean {
  return (
    text.charCodeAt(at) === 82 /* R */ &&
    SUMMARY_NEXT.test(text.slice(agentEnd, agentEnd + 40)) &&
    !CITED_BEFORE.test(text.slice(from, at))
  );
}

// A document-sharing site's copy puts its page's name and a page count over the flattened masthead ("General
// Assembly Economic and Social Council" / "22" / "GE.12- General Assembly Sixty-seventh session Item 18 … Report
// of the Secretary-General …", A/67/66–E/2012/49): lines that short, each a block of its own, are the site's,
// and the first long block is still the masthead.
const SITE_LINE = 120;
const SITE_LINES = 3;

/** Whether passage `i` is the document's first block but for a few one-line blocks of a site's furniture. */
export function firstBlock(passages: readonly { readonly text: string }[], i: number): boolean {
  if (i > SITE_LINES) return false;
  for (let k = 0; k < i; k++) {
    const t = passages[k]!.text.trim();
    if (t.includes('\n') || t.length > SITE_LINE) return false;
  }
  return true;
}
