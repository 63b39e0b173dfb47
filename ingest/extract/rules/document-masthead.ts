// The masthead of a UN document, line by line (rules/document.ts): its own
// symbols (a joint GA/ECOSOC symbol, a second symbol stacked under the first),
// the symbol lines of a list of other documents, and the lines that can title it.

import type { DocContext } from '../context.ts';
import { findSymbols } from './symbols.ts';
import { labelOrMarkup } from './title-labels.ts';

const JOINT = /^[A-Z]{1,6}(?:\.\d+)?(?:\/[\w.]+){2,7}(?:\s*[–—]\s*[A-Z]{1,6}(?:\.\d+)?(?:\/[\w.]+){2,7})+$/;
const RUN_ON_JOINT = /^\s*[A-Z]{1,6}(?:\/[\w.]+){2,7}(?:\s*[–—]\s*[A-Z]{1,6}(?:\/[\w.]+){2,7})+(?=\s+\S)/;
export const LONE_SYMBOL = /^\s*[A-Z]{1,6}(?:\.\d+)?(?:\/[\w.]+){2,7}\s*$/;
// "Resolutions and decisions adopted by the Economic and Social Council at its substantive session of 2009"
// (E/2009/INF/2/Add.1) titles its document; the paragraph under it, "Note: The provisional texts … are
// circulated herein", opens with a label, not a title. A plural alone is a page's category label ("Resolutions and
// Declarations" over a dig.watch resource page).
// A report's issue word before it: "Final REPORT OF THE tenth meeting of the" (an ITU working group's report
// of its meeting, the masthead's title wrapped over lines), "Provisional report of …". "Summary:" with its colon
// opens the paragraph summing a report up ("Summary: The present report serves to …", a page presenting
// A/74/821), as "Note:" opens a note: a label, not a title.
export const TITLE_START =
  /^(?:#+\s*)?\**\s*(?:(?:Final|Provisional|Interim|Preliminary)\s+(?=report\b))?(Report|Notification|Note(?!\s*:)|Outcome|Summary(?!\s*:)|Resolution|Decision|(?:Resolutions|Decisions)(?:\s+and\s+\p{Ll}+)?\s+adopted|Draft|Letter|Chair's summary|Addendum)\b/iu;
export const CAPS_HEADLINE = /^(?=(?:[^\p{Ll}\d]*\s){4})[\p{Lu}][^\p{Ll}\d]{25,}$/u;

/**
 * The masthead's symbols, the document's own first: a joint symbol written with an en dash
 * ("A/66/64–E/2011/77", a report to both the General Assembly and the Council) is one symbol, and a
 * symbol on the very next line is the same document's other symbol ("E/2005/31" over "E/CN.16/2005/5",
 * a Commission report issued as a Council supplement).
 */
export function mastheadSymbols(head: DocContext['passages'], first: string): string[] {
  for (const p of head) {
    const lines = p.text.split('\n');
    const k = lines.findIndex((l) => findSymbols(l).some((x) => x.symbol === first));
    if (k < 0) continue;
    // A masthead run into one line: the joint symbol is the line's first word.
    const line = (RUN_ON_JOINT.exec(lines[k]!)?.[0] ?? lines[k]!).trim();
    const parts = findSymbols(line).map((x) => x.symbol);
    const joint = JOINT.test(line) && parts.length > 1 ? parts.join('-') : undefined;
    const out = joint ? [joint, ...parts] : [first];
    // The next line of the same block only: a blank line starts a list of other documents.
    const next = lines[k + 1];
    if (next !== undefined && LONE_SYMBOL.test(next)) out.push(...findSymbols(next).map((x) => x.symbol));
    return [...new Set(out)];
  }
  return [first];
}

// A masthead flattened into one line with its symbol last, just before the distribution line: "… United
// Nations A/67/66–E/2012/49 General Assembly Economic and Social Council Distr.: General 12 March 2012" (a
// web copy of the Secretary-General's WSIS report, its first page's footnotes run in before the symbol).
// The joint symbol's second part, when there is one, is group 1. A reissued document's symbol carries a
// star ("A/71/67*–E/2016/51* General Assembly … Distr.: General 29 February 2016").
const BEFORE_DISTR =
  /^\**\s*(?:[–—]\s*([A-Z]{1,6}(?:\/[\w.]+){2,7})\s+)?(?:(?:United Nations|General Assembly|Economic and Social Council|Security Council)\s+)*Distr\.?:/;

/** The document's own symbols when `symbol`, followed on its line by `after`, stands just before "Distr.:". */
export function symbolsBeforeDistr(symbol: string, after: string): string[] | undefined {
  const d = BEFORE_DISTR.exec(after);
  if (!d) return undefined;
  return d[1] ? [`${symbol}-${d[1]}`, symbol, d[1]] : [symbol];
}

type Passages = DocContext['passages'];

/**
 * Whether the first line of passage `i` is an entry of a list of other documents, not a title of this
 * one: the line under another document's symbol ("A/60/111" over "Letter dated 5 July 2005 from …"),
 * or the next entry of the same list written without a symbol of its own. A Second Committee
 * documentation page lists "A/60/323" over "Report of the Secretary-General on information and
 * communication technologies for development …", then "Report of the Secretary-General of the
 * International Telecommunication Union on the World Summit …": that report is listed too, and was
 * taken for the page's title. The list runs on only through one-line entries that read as titles.
 */
export function listEntry(passages: Passages, i: number, own: string | undefined): boolean {
  const other = (line: string | undefined): boolean =>
    line !== undefined && LONE_SYMBOL.test(line) && line.trim() !== own;
  for (let k = i - 1, hops = 0; k >= 0 && hops < 8; k--, hops++) {
    const lines = passages[k]!.text.trimEnd().split('\n');
    if (other(lines[lines.length - 1])) return true;
    // The entry above, symbol and title in one passage, or its title alone under its symbol.
    const title = lines[lines.length - 1]!.trim();
    if (lines.length > 2 || !TITLE_START.test(title)) return false;
    if (lines.length === 2) return other(lines[0]);
  }
  return false;
}

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

export function headlineLike(line: string): boolean {
  return (
    line.split(/\s+/).length >= 3 &&
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
    (!/\d/.test(line.replace(NAME_DIGITS, '')) || titleWords(line) || newsHeadline(line)) &&
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

/** The kind of document its title (or an opening "# Notification" heading) says it is. */
export function docTypeOf(title: string, text: string): string | undefined {
  // What a title names is its head, the words before "of", "on", "for" …, in each of its parts ("Progress
  // made in … — Report of the Secretary-General"): "Explanation of Position on a Second Committee
  // Resolution" is no resolution, "Stocktaking Session for the overall review of … the outcomes of …" no report.
  const t = title
    .split(/\s[—–-]\s|:\s/)
    .map((part) => part.split(/\s(?:of|on|for|to|by|from|in|at|with|concerning|regarding)\s/i)[0])
    .join(' | ')
    .toLowerCase();
  if (/notification/.test(t) || /^#+\s*notification/im.test(text.slice(0, 400))) return 'notification';
  if (/resolution/.test(t)) return 'resolution';
  if (/report|outcome|addendum/.test(t)) return 'report';
  if (/summary/.test(t)) return 'summary';
  if (/note/.test(t)) return 'note';
  return undefined;
}
