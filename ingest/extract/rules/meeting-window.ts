// The words that can date or place a meeting named in a sentence (rules/meeting-dates.ts, meeting-place.ts):
// the rest of its sentence up to another gathering or phase, or a heading's date and place lines.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, sentenceAt } from '../context.ts';
import { calendarDateLines, dayRangeLine } from './meeting-date-lines.ts';
import { preambleEnd } from './preamble-clauses.ts';

// "30 September 2016", "Geneva, 14–18 May 2018", or the place after: "15-19 April 2024, Geneva". A Human Rights
// Council masthead dates its session across two months, "Thirty-fourth session" over "27 February–24 March 2017",
// and a copy may run the agenda line on after it ("18 June–6 July 2018 Agenda item 3", right-docs' A/HRC/RES/38/7).
const DATE_LINE =
  /^\s*(?:\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2},?\s+)?\d{1,2}(?:\s*[–-]\s*\d{1,2}|\s+\p{Lu}\p{Ll}+\s*[–-]\s*\d{1,2})?\s+\p{Lu}\p{Ll}+\s+\d{4}(?:,\s*\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}|\s+Agenda\s+items?\s+\d[^\n]*)?\s*$/u;
// "Location: Geneva", "Venue: Palais des Nations, Geneva": a line naming where, under a meeting's heading.
export const PLACE_LABEL_LINE = /^\s*(?:Location|Venue|Place)\s*:\s*\p{Lu}[^\n]{0,80}$/u;

// A later clause that names another gathering with its own article or owner owns the place and date after
// it: "to coordinate … during wide-ranging consultations with UN member states and to approve them at the
// Group's first substantive session in New York on December 13-17, 2021" (Russian MFA, 2 June 2021): the
// dates are the session's. Only after a new clause ("and", "to", "which" …): "a side event at the
// twenty-first session on 15 May" keeps its own day.
const OTHER_GATHERING =
  /\b(?:and|to|which|where|then|while|before|after)\b[^.;]*?\b(?:at|during|in|to|for)\s+(?:(?:the|its|their|a|an)(?:\s+\p{Lu}[\p{L}-]*['’]s)?|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:session|meeting|conference|summit|forum|workshop)s?\b/u;

// A gathering another one prepares is another gathering, and the date after it is its own: "The Bureau meeting
// also contributed to the preparation of the 9th session of the IFAP Council that will be held on 30 and 31 May,
// 2016" (UNESCO news of the IFAP Bureau) dates the Council's session, not the Bureau's meeting.
const PREPARED =
  /\bprepar(?:e|es|ed|ing|ations?)\s+(?:of|for)\s+(?:the|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:session|meeting|conference|summit|forum|workshop)s?\b/u;

// Another phase of a gathering in two phases is another gathering: "have gathered in Tunis from 16-18
// November 2005 for this second phase of the World Summit … to reiterate our … support for the Geneva
// Declaration … adopted at the first phase of the World Summit on the Information Society in Geneva in
// December 2003" (Tunis Commitment ¶1) placed the Tunis phase in Geneva.
const OTHER_PHASE = /\b(?:at|during|in|to|for|of)\s+(?:the|its)\s+[\p{L}-]+\s+phase\s+of\b/u;

// A resolution's operative paragraph joining a second decision: "Also decides to organize a high-level … meeting
// … in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, …, and
// further decides that the Global Dialogue … will initially be held … in the margins of the … Summit in Geneva, in
// 2026" (A/RES/79/325 para 6) placed the Assembly's session in Geneva. What the second verb decides has its own
// place and date.
const NEXT_DECISION =
  /\band\s+(?:further\s+|also\s+)?(?:decides|requests|invites|encourages|urges|calls\s+upon|recommends)\b/u;

// A heading run on into the text under it: "General Assembly Sixty-second session The 109th plenary meeting …
// will be held on Wednesday, 18 June 2008" (the Journal of the United Nations, its lines flattened), "Seventy-second
// session Agenda item 122 … Letter dated 2 October 2017" (a letter's masthead on one line). What follows the
// session's name with no stop is the next sentence or the agenda item: its date is the plenary meeting's or the
// letter's, not the session's.
const RUN_ON =
  /^\s+(?:(?:The|There|An?)\s|Agenda\s+item\b|Items?\s+\d+\s+of\s+the\s+(?:provisional|preliminary)\b)/;

const AGENT_OF = /,\s+(?:established|set\s+up|created|convened|mandated)\s+by\s+[^,;]*$/;
const QUOTED_STOP = /[.?!]["”’»]\s+(?=\p{Lu})/u;

/** The words that can date or place a meeting named at `from`: the rest of its sentence, or a heading's lines. */
export function meetingWindow(ctx: DocContext, p: Passage, from: number, stopAt: number): string {
  // A heading: the date may stand on the next lines ("30 September 2016", "Geneva, 14–18 May 2018").
  if (p.kind === 'heading' || p.kind === 'slide')
    return ctx.doc.text.slice(from, Math.min(stopAt, nextBodyEnd(ctx, p)));
  const sentence = sentenceAt(p, from);
  if (!sentence) return '';
  if (RUN_ON.test(ctx.doc.text.slice(from, from + 40))) return '';
  // A preambular paragraph is a sentence of its own where a copy runs them on (preamble-clauses.ts): "… held in
  // New York on 16 and 17 December 2025," / "Welcoming the convening of the Summit of the Future … at the United
  // Nations Headquarters in New York" (an outcome document's preamble, dig.watch's copy): the venue is the
  // Summit's, not the high-level meeting's.
  const run = ctx.doc.text.slice(from, preambleEnd(ctx.doc.text, from, Math.min(sentence.end, stopAt)));
  // A gathering named as the agent of a participle is the subject's past: the comma closing the clause ends
  // its words ("The Tenth Session of the Group …, established by the Second Review Conference … on 21 December
  // 2001, will be held from 7 to 11 March at the Palais des Nations", press release DC/2947).
  const comma = AGENT_OF.test(ctx.doc.text.slice(sentence.start, from)) ? run.indexOf(',') : -1;
  const whole = comma >= 0 ? run.slice(0, comma) : run;
  // A stop inside closing quotation marks ends a sentence the splitter runs on (it wants a space right after
  // the stop): "GAC recalls its Advice from the Rio de Janeiro meeting on the "WIPO recommendations …
  // (IGO)." GAC welcomed ICANN's decision of 2 June 2003" (a GAC communiqué): the date is the decision's.
  const quoted = QUOTED_STOP.exec(whole);
  const text = quoted ? whole.slice(0, quoted.index + 1) : whole;
  // Within the clause's reach (a sentence can be a whole unpunctuated file): the first 600 characters;
  // the cheap test first, as most windows name no second gathering noun.
  const head = text.length > 600 ? text.slice(0, 600) : text;
  const phase = [
    OTHER_PHASE.exec(head),
    PREPARED.exec(head),
    NEXT_DECISION.exec(head),
  ].reduce<RegExpExecArray | null>((a, b) => (b && (!a || b.index < a.index) ? b : a), null);
  const cut = phase ? text.slice(0, phase.index) : text;
  if (!/session|meeting|conference|summit|forum|workshop/.test(head)) return cut;
  const other = OTHER_GATHERING.exec(head);
  // Lower-case nouns only: a body's name ("at the United Nations Conference on Trade and Development") is
  // no other gathering.
  return other && (!phase || other.index < phase.index) ? text.slice(0, other.index) : cut;
}

/** End of the run of heading passages starting at `p` (at most three). */
function nextBodyEnd(ctx: DocContext, p: Passage): number {
  const i = indexOfPassage(ctx, p);
  let end = p.end;
  for (let j = i + 1; j < Math.min(ctx.passages.length, i + 4); j++) {
    const q = ctx.passages[j]!;
    // Only a line that is a date or "Place, date" belongs to the heading above it, or a labelled place
    // ("Location: Geneva" under "Commission on Science and Technology for Development, 16th session").
    // Or, right under the page's title, a run of days written in full: "4 May 2015 - 8 May 2015" (meeting-date-
    // lines.ts dayRangeLine). Under a heading further down, such a line may date a part of the page.
    if (
      !DATE_LINE.test(q.text) &&
      !PLACE_LABEL_LINE.test(q.text) &&
      !calendarDateLines(q.text) &&
      !(i === 0 && j === 1 && dayRangeLine(q.text))
    )
      break;
    end = q.end;
  }
  return end;
}
