// The next number in a list of resolutions after a numbered one ("resolutions 56/183 of 21 December 2001,
// 57/238 and 70/125"), read where a resolution's preamble goes on past the plain comma or "and":
// - a footnote marker left by a PDF copy, after the comma ("28/16 of 26 March 2015,5 34/7 of 23 March
//   2017,6 …") or glued to the year ("37/2 of 22 March 20187 and 42/15", A/RES/75/176, preamble);
// - each item's subject between items ("Council resolutions 31/7 of 23 March 2016 on the rights of the
//   child: …, 38/7 of 5 July 2018 on the promotion …, 42/15 of 16 September 2019 on …", A/HRC/47/L.22,
//   A/HRC/RES/38/7): only a number dated "of <day> <month> <year>" there, the subject naming no other
//   resolution, decision, body or report, and never past the clause (";" or a full stop).

// "and then" joins two in the order taken: "decided through first its decision 74/567 of 14 August 2020 and then
// 75/555 of 15 January 2021 to postpone …" (a stakeholder's page on the cybercrime Ad Hoc Committee).
const PLAIN = /^(?:,\s*|,?\s+and\s+(?:then\s+)?)(\d{2,4}\/\d{1,3})/;
// A footnote marker: one or two digits glued to the comma, or to the year that dated the item before.
const MARKED = /^(?:,\d{1,2}\s+|,\d{1,2},?\s+and\s+)(\d{2,4}\/\d{1,3})/;
const MARKED_YEAR = /^\d{1,2}(?:,\d{1,2})?(?:,\s*|\s+and\s+|,\s+and\s+)(\d{2,4}\/\d{1,3})/;
// A subject, then the next dated number. The subject is lazy: the first dated number after it is the next.
const AFTER_SUBJECT =
  /^\d{0,2},?\s+on\s+([^;.]{3,220}?)(?:,\s*|,?\s+and\s+)(\d{2,4}\/\d{1,3})(?=\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})/u;
// Words that end the list: another instrument or body is cited in the subject.
const OTHER_CITED =
  /\b(?:resolutions?|decisions?|General Assembly|Council|Commission|Committee|report|documents?|[Rr]ecalling|[Nn]oting|[Ww]elcoming)\b/;

export interface ListNext {
  /** The number ("34/7"). */
  readonly number: string;
  /** Where the number starts, from the place the search began. */
  readonly offset: number;
}

/** The next resolution number of a list, in `rest` (the text right after an item); `dated`: the item had a date. */
export function listNext(rest: string, dated: boolean): ListNext | undefined {
  const head = rest.slice(0, 260);
  const plain = PLAIN.exec(head) ?? MARKED.exec(head) ?? (dated ? MARKED_YEAR.exec(head) : null);
  if (plain) return { number: plain[1]!, offset: plain[0].length - plain[1]!.length };
  if (!dated) return undefined;
  const m = AFTER_SUBJECT.exec(head);
  if (!m || OTHER_CITED.test(m[1]!)) return undefined;
  return { number: m[2]!, offset: m[0].length - m[2]!.length };
}
