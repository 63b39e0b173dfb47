// The date of a meeting mention: the first date after it in the same sentence
// (or in the heading lines that follow a heading), before any other meeting is
// named. "in 2024" counts when the caller allows a bare year. The words read: meeting-window.ts.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { type DateRange, findDates, MONTHS } from '../parse/dates.ts';
import { yearOfUndated } from '../parse/undated-year.ts';
import { meetingWindow } from './meeting-window.ts';

export interface MeetingDate {
  readonly start: string;
  readonly end?: string;
}

// A date after "adopted" or a resolution number is the instrument's ("the outcomes of the World Summit,
// adopted by the General Assembly in its resolution 70/125 on 16 December 2015"), not the meeting's; so is
// the date of an adoption ("the President of the 80th session of the United Nations General Assembly …
// leading to its final adoption on 17 December 2025": Afnic on WSIS+20). Nor a speaker's own clause: "Before
// we conclude today's open consultation, I would like to remind all of you … that written contributions can
// still be provided through 31 December 2010" (closing remarks at the 2010 consultations on enhanced
// cooperation) gives a deadline, as does "no later than".
// A "which" clause with the gathering's own verb is the gathering's: "the Global Multistakeholder Meeting on
// the Future of Internet Governance (NETmundial 2014), which took place on 23 and 24 April 2014" (a regulator's
// note on the São Paulo meeting).
const OTHER_CLAUSE =
  /,\s+(?:it|he|she|they|we|I|which(?!\s+(?:also\s+)?(?:took\s+place|will\s+take\s+place|takes\s+place|(?:was|were|will\s+be|is|are)\s+held)\s+(?:on|from)\b)|who)\b|\bby the end of\b|\bdeadline\b|\bbefore\b|\buntil\b|\bno later than\b|\badopted\b|\badoption\b|\bresolution\s+\d/;
// "in 2024", "in early 2018" (the fifth WGEC meeting's notice: "will be held in early 2018").
const YEAR = /\bin\s+(?:(?:early|mid|late)[\s-]+)?(\d{4})\b(?!\s*[-–])/g;
// A year the meeting's own verb gives, also where a bare year is not taken: "The fifth meeting of the Working
// Group … will be held in early 2018 at the Palais des Nations".
const HELD_IN_YEAR =
  /^[^.;,]{0,160}?\b(?:held|convened|take\s+place|took\s+place|takes\s+place)\s+in\s+(?:(?:early|mid|late)[\s-]+)?(\d{4})\b(?!\s*[-–])/;
// A date the meeting did not keep: "The fourth meeting, originally planned for 22 January 2018, was
// postponed; it took place on 25-26 January 2018" (a working group's report). It is never the meeting's.
const NOT_KEPT =
  /\b(?:(?:originally|initially|previously|first)\s+(?:planned|scheduled|foreseen|envisaged|set)\s+(?:for|on)|(?:postponed|moved|rescheduled|deferred)\s+from|instead\s+of)\s*$/i;
// A start an activity runs on from dates no gathering: "The Panel will undertake public consultations, including
// at least two public events and an open process … through online engagement activities beginning from September
// 2018" (announcements of the Secretary-General's High-level Panel on Digital Cooperation). "beginning on" a day
// may still open a meeting, and is kept.
const RUNS_FROM = /\b(?:(?:beginning|starting|commencing)\s+(?:from|in)|as\s+(?:from|of)|ever\s+since)\s*$/i;

// A date written right after a document's own noun is the document's: "Outcome Document of the High-Level
// Meeting of the General Assembly … Draft Outcome Document 7 December 2015" (a WSIS+10 negotiating draft)
// dates the draft, not the meeting.
// Not "Draft" alone: "Twelfth meeting – Draft, 3-5 March 2098" is a draft of that meeting's papers.
const DOCUMENT_DATE = /\b(?:[Dd]ocument|[Vv]ersion|[Rr]evision)\s*,?\s*(?:of\s+|dated\s+)?$/;
// A date right after a UN symbol is the symbol's: "the outcomes of the World Summit on the Information Society
// (WSIS)(A/RES/70/125 of 16 December 2015)" (the IGF retreat's proceedings) dates the resolution, not the Summit.
const SYMBOL_DATE = /\b[A-Z]{1,4}(?:\/[A-Z0-9.]+)*\/\d+[A-Z]?\s*(?:of|,)?\s*$/;
// A date after a masthead's distribution mark is the document's date of issue: "UN General Assembly – 74th
// Session| No: A/74/821 | Distr.: General | 29 May 2020" (a page presenting a report, its masthead on one
// line) dates the report, not the session.
const DISTRIBUTION = /\bDistr\.?\s*:/;

// A law library's neutral citation dates the document in brackets after it: "Annual Report; Thirty-seventh
// session of the UN Human Rights Council [2018] UNSRPPub 1 (28 February 2018)" (WorldLII's copy of a Special
// Rapporteur's report) is the report's date, not the session's.
const CITATION_DATE = /\[\d{4}\]\s+[A-Z][A-Za-z]{1,15}\s+\d{1,4}\s*\(\s*$/;

// A masthead's date of issue stands before "Original: English": "Meeting of the High Contracting Parties to the
// Convention on … 11 December 2017 Original: English CCW/MSP/2017/8 Geneva, November 2017" (a CCW final report,
// its masthead on one line) dates the report, not the Meeting. And the one day a gathering "concluded on" is its
// last: "The Meeting of the High Contracting Parties …, chaired by …, concluded on 13 November 2007" (UN Geneva)
// does not say when it opened.
const ISSUE_DATE = /^\s*Original\s*:/;
const CLOSING_DAY = /\b(?:concluded|closed|ended|adjourned)\s+(?:on\s+)?$/;

// A statement's headline ends with its own dateline: "STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY …, AT
// THE SECOND COMMITTEE OF THE 68TH SESSION OF THE UNITED NATIONS GENERAL ASSEMBLY (New York, 22 October 2013)"
// (the Group's statements on ICTs for development) dated the Assembly's session 22 October 2013. The place and
// day in brackets are the statement's, delivered on one day of the gathering it names, not that day its start.
const STATEMENT_HEADLINE = /^[^\p{L}]*(?:statement|remarks|address|speech|message|intervention)\b/iu;
const DATELINE_OPEN = /\(\s*\p{Lu}[\p{L}.' -]{1,40},\s*$/u;

/** Whether the date `x` in a meeting's window `text` is the meeting's, by the words before and right after it. */
function meetingsOwn(text: string, x: DateRange): boolean {
  const before = text.slice(0, x.index);
  return (
    !OTHER_CLAUSE.test(before) &&
    !NOT_KEPT.test(before) &&
    !RUNS_FROM.test(before) &&
    !DOCUMENT_DATE.test(before) &&
    !SYMBOL_DATE.test(before) &&
    !DISTRIBUTION.test(before) &&
    !CITATION_DATE.test(before) &&
    !ISSUE_DATE.test(text.slice(x.index + x.length, x.index + x.length + 12)) &&
    !(x.end === undefined && CLOSING_DAY.test(before))
  );
}

export function dateAfter(
  ctx: DocContext,
  p: Passage,
  from: number,
  stopAt: number,
  allowYear: boolean,
): MeetingDate | undefined {
  const text = meetingWindow(ctx, p, from, stopAt);
  // The date must belong to the meeting, not to a later clause ("…, it needed to finalize its work by January 2018").
  const headline = STATEMENT_HEADLINE.test(p.text);
  const d: DateRange | undefined = findDates(text).find(
    (x) => meetingsOwn(text, x) && !(headline && DATELINE_OPEN.test(text.slice(0, x.index))),
  );
  // Two dates offered as alternatives date nothing: "The GGE will hold its first session from 24 to 28 April or
  // from 21 to 25 August 2017" (the CCW final report of 2017: the session met in November in the end).
  if (d && alternative(text, d)) return undefined;
  if (d) return { start: d.start, ...(d.end ? { end: d.end } : {}) };
  if (allowYear) {
    // A bare year in a later clause is that clause's too: "consultations on the preparation of the Third Review
    // Conference …, which is scheduled to be held in 2006" (a CCW press release) dates the Conference.
    const y = matchesOf(YEAR, text).find((m) => !OTHER_CLAUSE.test(text.slice(0, m.index)));
    if (y) return { start: y[1]! };
  }
  const held = HELD_IN_YEAR.exec(text);
  if (held) return { start: held[1]! };
  const day = heldOnDay(ctx, text);
  return day ? { start: day } : heldOnDays(ctx, text);
}

const OR_BEFORE = /\bor\s+(?:from\s+|on\s+|between\s+)?$/;
const OR_AFTER = /^\s*,?\s*or\s+(?:from\s+|on\s+|between\s+)?\d/;

/** Whether date `d` of `text` is one of two dates joined by "or". */
function alternative(text: string, d: DateRange): boolean {
  return (
    OR_BEFORE.test(text.slice(0, d.index)) ||
    OR_AFTER.test(text.slice(d.index + d.length, d.index + d.length + 16))
  );
}

// "… was held on June 1." in a press release dated 2 June 2021 (Russian MFA on the OEWG's organisational
// session): a day written without its year, after the meeting's own verb, is of the year around the
// document's date: the last such day before it for "was held", the next one for "will be held".
const HELD_ON_DAY = new RegExp(
  `^(?:(?!\\b(?:which|that|where|when|who)\\b)[^.;]){0,240}?\\b(was|were|will\\s+be|is\\s+to\\s+be)\\s+held\\s+on\\s+(?:(\\d{1,2})\\s+(${MONTHS.join('|')})|(${MONTHS.join('|')})\\s+(\\d{1,2}))\\b(?!,?\\s*\\d{4})(?!\\s*[-–])`,
  'i',
);

function heldOnDay(ctx: DocContext, text: string): string | undefined {
  const m = HELD_ON_DAY.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[3] ?? m[4])!.toLowerCase()) + 1;
  const day = Number(m[2] ?? m[5]);
  const year = yearOfUndated(ctx.info.date, month, day, /^(?:was|were)$/i.test(m[1]!) ? 'past' : 'future');
  return year ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}

// The same for a run of days: "The Regional Preparatory Meeting (RPM) for Africa was held from 6 to 8
// December in Kigali, Rwanda" (ITU news dated "Kigali, Rwanda 08 December 2016").
const HELD_ON_DAYS = new RegExp(
  `^(?:(?!\\b(?:which|that|where|when|who)\\b)[^.;]){0,240}?\\b(was|were|will\\s+be|is\\s+to\\s+be)\\s+held\\s+(?:on|from)\\s+(\\d{1,2})\\s*(?:[-–]|to|and)\\s*(\\d{1,2})\\s+(${MONTHS.join('|')})\\b(?!,?\\s*\\d{4})`,
  'i',
);

function heldOnDays(ctx: DocContext, text: string): MeetingDate | undefined {
  const m = HELD_ON_DAYS.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[4]!.toLowerCase()) + 1;
  const [first, last] = [Number(m[2]), Number(m[3])];
  if (last <= first || last > 31) return undefined;
  // The year of the last day: a page dated on the closing day ("08 December 2016") reports the meeting past.
  const year = yearOfUndated(ctx.info.date, month, last, /^(?:was|were)$/i.test(m[1]!) ? 'past' : 'future');
  if (!year) return undefined;
  const iso = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { start: iso(first), end: iso(last) };
}
