// Lines of a meeting's web page that sit where a title would and title nothing (rules/document.ts):
//   - a content manager's markup left in the copied text: "{tab General Information}" (the tab plugin of
//     the IGF's 2016 open-consultations page) opens the page above its notice;
//   - a programme's label and its value: "Meeting Room: Hilltop Conference Room", "Venue: Room XI", "Time:
//     09:30 – 10:30" under a session's headline (a regional IGF's session page);
//   - a venue's postal address: "CH-1211 Geneva 20, Switzerland [Map]" (the same page, under the venue's name);
//   - a masthead of logos copied as one line of names, set apart: "United Nations  International Telecommunication
//     Union" over an ITU event page's headline (one body's name alone may be the headline of a page about it,
//     title-furniture.ts; two side by side are the publishers);
//   - a link label below the text: "Summary Report", "Draft terms of reference for lead agencies" in a page's
//     list of the meeting's documents, after its prose, are other documents' names (ITU's page on the WSIS
//     action line facilitators' meeting of 24 February 2006);
//   - one such label alone at the foot of a page, after its prose with no prose under it: "Note Verbale by the
//     secretariat" closing UNODA's page on the OEWG (the page's links run out; "Note" opens a title elsewhere);
//   - the lines right under prose saying its links follow ("The documents of the session are available here."
//     over "List of participants"), however few.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';

const MARKUP = /^\{[^{}\n]*\}$/;
// An event page's practical lines (also title-furniture.ts): "Date: Tuesday, 29 July 2025", "Location: Virtual (via
// Zoom)", "Theme: …" (what a forum discussed, not the page's title). A byline says who wrote the page, not what
// it is: "Author: Pedro Vilela" under a session report's date (dig.watch's reports of WSIS Forum sessions). A
// photograph's caption and credit lines under a news release's headline ("Caption: The Secretary-General briefs
// reporters …", "Credit: UN Photo/…", a UN country team's copy of a press release) describe the picture. A
// catalogue's record of a Human Rights Council document over its text ("Document Type: Final Report", "Session:
// 39th Regular Session (2018 Sep)", "Agenda Item: Item3: …", "Topic: Privacy", right-docs.org) files it.
export const LABEL =
  /^(?:(?:Meeting|Conference)\s+)?(?:Rooms?|Venue|Times?|Dates?|Location|Place|Hall|Format|Registration|Contact|Languages?|Themes?|Authors?|Written by|Posted by|Caption|(?:Photo\s+)?Credits?|Photo|Document\s+Type|Sessions?|Agenda\s+Items?|Topics?)\s*:/i;
// A verbatim or summary record's presiding officer under its masthead, with the dots leading to the State: "President:
// Mr. X . . . . (Trinidad and Tobago)" (A/78/PV.49), "Chair: Ms. Y (Ghana)" (A/C.2/78/SR.20): who presided, not
// what the record is.
const PRESIDING =
  /^(?:Acting\s+)?(?:President|Chair(?:man|person|woman)?|Co-Chairs?)\s*:\s*(?:Mr|Ms|Mrs|Madam|Dr|H\.\s?E)\b/;
// A postal code with its country's letter ("CH-1211", "F-75007") opening the line, or a map link closing it.
const ADDRESS = /^[A-Z]{1,2}-\d{4,5}\s+\p{Lu}|\[Map\]$/u;

/** Whether `line` is markup, a programme's "Label: value" line, a record's presiding officer or a postal address. */
export const labelOrMarkup = (line: string): boolean => {
  const l = line.trim();
  return MARKUP.test(l) || LABEL.test(l) || ADDRESS.test(l) || PRESIDING.test(l);
};

/** Whether `line` is two or more bodies' names the gazetteer knows, one after the other, and nothing else. */
export function bodiesLine(ctx: DocContext, line: string): boolean {
  const l = line.trim();
  const found = ctx.gazetteer.matchType(l, 'Organization');
  if (found.length < 2) return false;
  let at = 0;
  for (const m of found) {
    if (m.start < at) continue;
    const gap = l.slice(at, m.start);
    // Logos copied side by side are set apart by a run of spaces, a tab or a bar; one space may join two
    // names into one ("United Nations Internet Governance Forum Secretariat", a session page's organiser).
    if (gap.trim() !== '' || (at > 0 && !/\s{2,}|\t|[|•]/.test(gap))) return false;
    at = m.end;
  }
  return l.slice(at).trim() === '';
}

// A paragraph of prose: two sentences, or one long one.
const PROSE = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}|^.{200,}[.!?]\s*$/su;
const oneLineHeading = (p: Passage | undefined): boolean =>
  p !== undefined && p.kind === 'heading' && !p.text.trim().includes('\n');

/**
 * Whether passage `p` is one of a list of link labels: three single-line headings or more in a row, after the
 * first passage of prose. A title wrapped over two heading lines under a masthead's prose-like run-on line
 * (E/CN.16/2007/CRP.2) or a report's title over its first section is no such list.
 */
export function linkListItem(ctx: DocContext, p: Passage): boolean {
  const ps = ctx.passages;
  const i = ps.indexOf(p);
  if (linksAfterLead(ps, i)) return true;
  if (!oneLineHeading(p)) return false;
  if (footLabel(ps, i)) return true;
  let from = i;
  let to = i;
  while (oneLineHeading(ps[from - 1])) from--;
  while (oneLineHeading(ps[to + 1])) to++;
  if (to - from < 2) return false;
  // A run holding the document's own symbol alone on its line is its cover, not links: "Commission on …" /
  // "Report on the nineteenth session (9-13 May 2016)" / "Economic and Social Council" / "Official Records, 2016
  // Supplement No. 11" / "E/2016/31-E/CN.16/2016/4" (a document-sharing site's copy of a CSTD session report,
  // under a line of the site's page preview that reads as prose).
  const own = new Set((ctx.state.get('ownSymbols') ?? '').split('\n').filter(Boolean));
  if (own.size > 0 && ps.slice(from, to + 1).some((q) => own.has(q.text.trim()))) return false;
  const first = ps.findIndex(
    (q) => (q.kind === 'text' || q.kind === 'paragraph') && PROSE.test(q.text.trim()),
  );
  return first >= 0 && first < from;
}

const isProse = (q: Passage): boolean =>
  (q.kind === 'text' || q.kind === 'paragraph') && PROSE.test(q.text.trim());

// Prose that leads into links: "The documents of the session are available here." over "List of participants" /
// "Address at the Opening of the … Debate (22 March 2006)" (an archived UNESCO page of an IFAP Council session).
const LINK_LEAD =
  /\b(?:available|found|accessed|consulted|downloaded)\s+(?:here|below|at the following links?)\s*[.:]$/i;

/** Whether heading `p` is a block of short lines right under prose that says its links follow. */
export const afterLinkLead = (ctx: DocContext, p: Passage): boolean =>
  linksAfterLead(ctx.passages, ctx.passages.indexOf(p));

function linksAfterLead(ps: readonly Passage[], i: number): boolean {
  const p = ps[i];
  const before = ps[i - 1];
  // The lead may be a passage of its own, one short sentence (a copy that keeps a paragraph to a line).
  if (p?.kind !== 'heading' || !(before?.kind === 'text' || before?.kind === 'paragraph')) return false;
  return LINK_LEAD.test(before.text.trimEnd().split('\n').at(-1)!.trim());
}

/**
 * Whether the one-line heading at `i` stands at the foot of the page: two passages of prose or more before it and
 * none after it. A report's title sits above its prose (a page's preface of one paragraph may come first).
 */
function footLabel(ps: readonly Passage[], i: number): boolean {
  if (ps.slice(i + 1).some(isProse)) return false;
  return ps.slice(0, i).filter(isProse).length >= 2;
}
