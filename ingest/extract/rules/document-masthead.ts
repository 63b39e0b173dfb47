// The masthead of a UN document, line by line (rules/document.ts): its own
// symbols (a joint GA/ECOSOC symbol, a second symbol stacked under the first),
// the symbol lines of a list of other documents, and the lines that can title it (the headlines
// themselves: document-headline.ts).

import type { DocContext } from '../context.ts';
import { findSymbols, jointParts } from './symbols.ts';

const JOINT = /^[A-Z]{1,6}(?:\.\d+)?(?:\/[\w.]+){2,7}(?:\s*[–—−]\s*[A-Z]{1,6}(?:\.\d+)?(?:\/[\w.]+){2,7})+$/;
const RUN_ON_JOINT = /^\s*[A-Z]{1,6}(?:\/[\w.]+){2,7}(?:\s*[–—−]\s*[A-Z]{1,6}(?:\/[\w.]+){2,7})+(?=\s+\S)/;
// A documentation page sets the language versions' links after each symbol: "A/60/111  [F]   [S]   [A]   [C]
// [R]" (the Second Committee's "Summaries of work and documentation", un.org/ga/60/second): still a symbol alone.
export const LONE_SYMBOL = /^\s*[A-Z]{1,6}(?:\.\d+)?(?:\/[\w.]+){2,7}(?:\s*\[\s?[A-Z]\s?\])*\s*$/;
// "Resolutions and decisions adopted by the Economic and Social Council at its substantive session of 2009"
// (E/2009/INF/2/Add.1) titles its document; the paragraph under it, "Note: The provisional texts … are
// circulated herein", opens with a label, not a title. A plural alone is a page's category label ("Resolutions and
// Declarations" over a dig.watch resource page).
// A report's issue word before it: "Final REPORT OF THE tenth meeting of the" (an ITU working group's report
// of its meeting, the masthead's title wrapped over lines), "Provisional report of …". "Summary:" with its colon
// opens the paragraph summing a report up ("Summary: The present report serves to …", a page presenting
// A/74/821), as "Note:" opens a note: a label, not a title.
// "Note" alone on its line heads the Official Records' note on symbols ("Note" over "Symbols of United Nations
// documents are composed of …", the back of a CSTD session report's cover): a label too.
export const TITLE_START =
  /^(?:#+\s*)?\**\s*(?:(?:Final|Provisional|Interim|Preliminary)\s+(?=report\b))?(Report|Notification|Note(?!\s*:)(?!\s*$)|Outcome|Summary(?!\s*:)|Resolution|Decision|(?:Resolutions|Decisions)(?:\s+and\s+\p{Ll}+)?\s+adopted|Draft|Letter|Chair's summary|Addendum)\b/iu;
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
    // A hyphen-joined symbol alone on its line ("E/2016/31-E/CN.16/2016/4" on a Commission report's cover) is
    // found whole: its halves are the document's too.
    const out = joint ? [joint, ...parts] : jointParts(first);
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
  /^\**\s*(?:[–—−]\s*([A-Z]{1,6}(?:\/[\w.]+){2,7})\s+)?(?:(?:United Nations|General Assembly|Economic and Social Council|Security Council)\s+)*Distr\.?:/;

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
// A report not yet issued is listed under its symbol's stem: "A/60/=  (to be submitted after the meeting)" over
// "Report of the Secretary-General of the International Telecommunication Union on the World Summit …" (the
// same documentation page).
const PENDING_SYMBOL = /^\s*[A-Z]{1,6}(?:\.\d+)?(?:\/[\w.]+){1,6}\/=\s*(?:\([^()\n]{0,80}\))?\s*$/;

export function listEntry(passages: Passages, i: number, own: string | undefined): boolean {
  const other = (line: string | undefined): boolean =>
    line !== undefined && (PENDING_SYMBOL.test(line) || (LONE_SYMBOL.test(line) && line.trim() !== own));
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

/** The kind of document its title (or an opening "# Notification" heading) says it is. */
// A news headline's verb before the noun says what happened, not what the page is: "ECOSOC adopts resolutions on
// information society, and science & technology" (UNCTAD's news item on the Council's session) is a report of
// the adoption; "Resolution adopted by the Economic and Social Council" (the noun first) is the text itself.
const ADOPTS =
  /\b(?:adopts?|adopted|approves?|approved|passes|passed|endorses?|endorsed)\s+(?:\S+\s+){0,3}?resolutions?\b/g;

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
  if (/resolution/.test(t.replace(ADOPTS, ''))) return 'resolution';
  if (/report|outcome|addendum/.test(t)) return 'report';
  if (/summary/.test(t)) return 'summary';
  // A note is the word itself ("Note by the Secretary-General", "Concept note"), not a word ending in it: "Keynote
  // on the Summit of the Future, held at …" (a mission's page of its ambassadors' speech) is a speech.
  if (/\bnotes?\b/.test(t)) return 'note';
  return undefined;
}
