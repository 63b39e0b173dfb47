// The lines that can title a document (rules/document.ts): a headline of words, not the masthead's
// contact, post, session, place or date lines, nor wrapped prose; a web page's first line as its headline.

import { labelOrMarkup } from './title-labels.ts';

/**
 * A contact or signature line names an office and a person in it ("Office for Disarmament Affairs,
 * Ms. Katherine Prizeman" under a UNODA page on the Open-ended Working Group): the office's name, in
 * capitalised words, then a comma and an honorific with a name. It says whom to write to, not what the
 * document is.
 */
const CONTACT_LINE =
  /^(?:\p{Lu}[\p{L}'’-]*|of|for|and|on|in|the|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|on|in|the|&))*,\s*(?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Mx|Miss|Dr|Prof)\.?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;

/**
 * A sentence about the text, not its title: "This is an unofficial transcript" under an OEWG session
 * transcript's heading, "It is posted as an aid to understanding the proceedings" under IGF captions.
 */
const DISCLAIMER = /^\W*(?:This|It|These|There)\s+(?:is|are|was|were|has|have|should|may|will)\b/;

// A speaker's post under their name ("Jason Lawrence" over "U.S. Adviser for the Second Committee", a US
// Mission explanation of position) signs the text; a press release's session line ("Fifty-seventh General
// Assembly", GA/EF/3008) is masthead furniture. Neither titles the document.
const POST_LINE =
  /^(?:[A-Z][A-Z.]{1,5}\s+)?(?:Senior\s+|Deputy\s+|Special\s+|Alternate\s+)?(?:Advis[eo]r|Ambassador|Permanent Representative|Representative|Counsel+or|Delegate|Minister)\s+(?:for|of|to)\b/;
// An organ's session alone ("Sixty-first General Assembly"; "Eightieth Session of the UN General Assembly", the
// breadcrumb over a mission's statement at a meeting of that session) says when, not what the page is.
const SESSION_LINE =
  /^\W*\p{Lu}[\p{L}-]+\s+(?:[Ss]ession\s+of\s+the\s+(?:UN\s+|United Nations\s+)?)?(?:General Assembly|Economic and Social Council)\W*$/u;
// A dateline's place under it ("New York, New York", "Geneva, Switzerland"): two short capitalised names.
const PLACE_PAIR = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u;
// A dateline that opens with its dates ("26 September - 14 October 2022, PP-22, Bucharest, Romania", a
// conference page) says when and where, not what the text is.
const DATE_FIRST =
  /^\W*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// A news headline is a sentence: its digits are a year or a span in its subject, and it has lower-case
// words ("UN GGE 2019/2021 publishes advance copy of final report", dig.watch). Masthead lines with as many
// ("Item 18 of the preliminary list", "Substantive session of 2012") are not headlines.
function newsHeadline(line: string): boolean {
  // A line opening in lower case continues a heading above it ("on the sidelines of the CSTD Inter-sessional
  // Panel 2025–2026" under "UNGIS meeting with the WSIS+20 Co-Facilitators").
  return (
    /^[\p{Lu}\d]/u.test(line) &&
    (line.match(/(?<![\p{L}\d])\p{Ll}{2,}\b/gu) ?? []).length >= 4 &&
    !/\b(?:[Ii]tems?|[Ss]ession|[Aa]genda|[Ss]ales|No\.|[Pp]aragraphs?|[Dd]istr)\b/.test(line)
  );
}

function titleWords(line: string): boolean {
  const capitalised = (line.match(/\b\p{Lu}\p{Ll}+/gu) ?? []).length;
  const acronyms = (line.match(/\b\p{Lu}{2,}\b/gu) ?? []).length;
  return capitalised >= 4 || (capitalised >= 3 && acronyms >= 1);
}

// Digits inside a name's word are the name's, not a masthead's symbol or date: "ICANN59 GAC Communique"
// (a GAC communiqué's title), "NETmundial+10 Multistakeholder Statement" (dig.watch's copy of the statement).
// A symbol keeps its digits ("A/66/64", "WG-WSIS-32/16-E": what follows the slash), an ordinal its own
// ("17th Meeting (PM)", a press release's masthead line, is no title).
const NAME_DIGITS = /\p{L}[\p{L}+-]*\d+(?![\d/.\p{L}])/gu;
// So are the years an acronym is named by, in a line opening with a capital: "OEWG 2021-2025 Organisational
// session" (dig.watch's event report on the open-ended working group's session), "UK INTERNET GOVERNANCE FORUM
// REPORT 2019" (a national IGF's report). Not a month in capitals ("DECEMBER 2019"), nor a caption opening in
// lower case ("people around table - Intersessional Work during IGF 2015", an image's text over an IGF page).
const ACRONYM_YEARS =
  /\b(?!(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b)\p{Lu}{2,}[^\S\n]+(?:19|20)\d{2}(?:[-–](?:(?:19|20)\d{2}|\d{2}))?(?![\d/.\p{L}])/gu;

// A group named by its number of members is a name too: "… INTO WORLD ECONOMY, GROUP OF 77 TELLS SECOND COMMITTEE"
// (a press release's headline in capitals, GA/EF/3117, 2005), "Group of 20 Leaders …".
const GROUP_OF = /\bgroup\s+of\s+\d{1,3}(?![\d/.])/giu;

/** `line` without the digits of its names (and of its acronyms' years when it opens with a capital). */
const withoutNameDigits = (line: string): string => {
  const out = line.replace(NAME_DIGITS, '').replace(GROUP_OF, '');
  return /^\p{Lu}/u.test(line) ? out.replace(ACRONYM_YEARS, '') : out;
};

/** A line of words that can title a document: not a symbol, date, sales number, masthead or contact line. */
// A clause of prose wrapped at the line's width is no headline: "The Secretary-General was requested to
// establish a working group", "This report has been produced by the Working Group on Internet" (page 2 of
// the WGIG report, WSIS-II/PC-3/DOC/5, its lines read as a heading block), "Governance (WGIG), which was set
// up by the Secretary-General of the United".
const PROSE_CLAUSE = /\b(?:was|were|has been|have been|had been)\s+\p{Ll}|,\s+(?:which|who|whose)\s/u;

// A sentence ends inside the block: a word or a year, its full stop, the next sentence's first word; not an
// abbreviation ("WTSA RESOLUTION 48 (Rev. Dubai, 2012)").
const SENTENCE_END = /(?:\p{Ll}{4,}|\d{4})\.\s+\p{Lu}\p{Ll}/u;

/** Whether a block read as a heading is wrapped prose: such a clause, or a sentence ending inside it. */
export function proseBlock(text: string): boolean {
  return PROSE_CLAUSE.test(text.replace(/\s+/g, ' ')) || SENTENCE_END.test(text);
}

// A line opening with a lower-case article or demonstrative is the rest of a sentence whose start the copy
// cut off, or a link's words: "this publication on Youth Engagement at the IGF" (under "… as described" on the
// IGF Secretariat's page of Youth IGF initiatives) names a linked publication, not the page.
const DANGLING = /^\W*(?:this|these|that|those|the|a|an)\s/;

export function headlineLike(line: string): boolean {
  return (
    line.split(/\s+/).length >= 3 &&
    !DANGLING.test(line) &&
    !PROSE_CLAUSE.test(line) &&
    !CONTACT_LINE.test(line) &&
    !DISCLAIMER.test(line) &&
    !POST_LINE.test(line) &&
    !SESSION_LINE.test(line) &&
    !PLACE_PAIR.test(line) &&
    !DATE_FIRST.test(line) &&
    !labelOrMarkup(line) &&
    // Digits only inside a headline of words ("Working Group on Enhanced Cooperation (2016-2018),
    // Fourth Meeting"; three and an acronym: "Eighth UNGIS Meeting — 14 & 15 May 2012"), not in masthead
    // lines of symbols, dates and sales numbers, nor a numbered instrument's line ("WTSA RESOLUTION 48
    // (Rev. Dubai, 2012)", over its title).
    (!/\d/.test(withoutNameDigits(line)) || titleWords(line) || newsHeadline(line)) &&
    !/Distr|Original|English only|•|Department of Public Information/i.test(line) &&
    !ORGANS_LINE.test(line.replace(SHARED_COPY, ''))
  );
}

// The organs of a masthead, one or a joint report's two run into one line ("General Assembly Economic and
// Social Council" opening a web copy of the Secretary-General's WSIS report, A/67/66–E/2012/49): whose
// document it is, not what it is. A document-sharing site repeats its page's name as "Transcript of …" and
// "Page 1: …" over the copied text: the same line.
const ORGAN = '(?:United Nations|General Assembly|Economic and Social Council|Security Council)';
const SHARED_COPY = /^\s*(?:Transcript of|Page \d{1,4}:)\s+/;
const ORGANS_LINE = new RegExp(`^\\W*${ORGAN}(?:\\W+${ORGAN})*\\W*$`, 'i');

/**
 * A web page's headline copied as plain text: its first line, alone in its passage, with no closing
 * punctuation of a sentence, over the text ("Multistakeholder Advisory Group Renewed to Prepare Internet
 * Governance Forum Meeting in Mexico, November 2016", an IGF news page). A first sentence ends with a stop.
 */
export function firstLineHeadline(text: string): boolean {
  const line = text.trim();
  // One line that opens like a title and holds no second sentence: a passage cut from the middle of a
  // report ("outcomes in 2016 is available in document … I. Key trends") is none.
  return (
    !line.includes('\n') &&
    line.length <= 200 &&
    /^["“‘(]?[\p{Lu}\d]/u.test(line) &&
    !/[.!?]\s+["“‘(]?\p{Lu}/u.test(line) &&
    !/[.!?:;,…]["”’)]?$/.test(line) &&
    headlineLike(line)
  );
}
