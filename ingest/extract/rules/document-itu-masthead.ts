// An ITU-style masthead further down the first page than the masthead lines document.ts reads
// (document-own-symbols.ts): the World Summit's documents head their first page with "Document <symbol>", the
// date of issue and "Original: English", each on its line ("Document WSIS-II/PC-3/DOC/5-E" over "3 August 2005",
// the WGIG report as submitted to the third PrepCom of the Tunis phase, whose web copy sets its table of
// contents first). The label "Document" alone before a symbol alone on its line is the masthead's; "Document
// WSIS-II/PC-3/DT/12(Rev.3), on the Tunis Commitment …" (a sub-committee's report listing what it worked on)
// cites another, as does a list item ("· Document …").
// Else the running head of a later page, its page number then the symbol ("- 2 - WSIS-05/TUNIS/DOC/9(Rev.1)-E",
// the report of the Tunis phase, whose copy garbled the symbol on its cover; "- 2 -" over the symbol): every page
// after the first repeats the document's own symbol under its number.

import { wholeDayDate } from './document-dated-symbol.ts';
import { ituDocumentSymbol } from './symbol-itu-documents.ts';
import { findSymbols } from './symbols.ts';

// The first page and the next page's head: a running head stands at the top of page 2.
const FIRST_PAGES = 5000;
// A Council working group's symbol holds a space ("Document WG-Internet 10/9", symbol-itu-documents.ts).
const LABELLED =
  /^[ \t]*Document:?[ \t]+((?:C?WG-[A-Z][A-Za-z]{1,14}[ \t])?\S+)[ \t]*(?:\n[ \t]*)?(\d{1,2}[ \t]+\p{Lu}\p{Ll}+[ \t]+\d{4})?[ \t]*$/gmu;
const RUNNING_HEAD = /^[ \t]*-[ \t]*\d{1,3}[ \t]*[-–][ \t]*(?:\n[ \t]*)?(\S+)[ \t]*$/gm;

/** The symbol `field` is, when it is one symbol and nothing more (a UN or WSIS symbol, else ITU's own). */
function wholeSymbol(field: string): string | undefined {
  return unOrWsisSymbol(field) ?? ituDocumentSymbol(field);
}

function unOrWsisSymbol(field: string): string | undefined {
  const found = findSymbols(field);
  const first = found[0];
  return found.length === 1 &&
    first?.index === 0 &&
    first.length === field.length &&
    first.kind === 'document'
    ? first.symbol
    : undefined;
}

/** The document's own symbol (and date of issue) from a labelled masthead or a running head on its first pages. */
export function ituMasthead(text: string): { symbol: string; issued?: string } | undefined {
  const head = text.slice(0, FIRST_PAGES);
  if (!head.includes('/')) return undefined;
  for (const m of head.matchAll(LABELLED)) {
    const symbol = wholeSymbol(m[1]!);
    if (symbol) return { symbol, issued: m[2] ? wholeDayDate(m[2].replace(/[ \t]+/g, ' ')) : undefined };
  }
  for (const m of head.matchAll(RUNNING_HEAD)) {
    const symbol = wholeSymbol(m[1]!);
    if (symbol) return { symbol };
  }
  return undefined;
}

// The line over the "Document <symbol>" line names the issuer, not the text: "World Summit on the Information
// Society" over "Document WSIS-03/GENEVA/DOC/4-E" (ITU's copy of the Geneva Declaration, titled "Declaration of
// Principles" under its date and language lines) is the Summit's banner (title-furniture.ts).
const LABEL_LINE = /^[ \t]*Document:?[ \t]+(\S+)[ \t]*$/;

/** Whether the first line `line` of `text` stands right over a labelled symbol line. */
export function bannerOverSymbol(text: string, line: string): boolean {
  const at = text.indexOf(line);
  if (at < 0 || !text.includes('/')) return false;
  const next = text
    .slice(at + line.length, at + line.length + 200)
    .split('\n')
    .slice(1)
    .find((l) => l.trim() !== '');
  const m = next === undefined ? null : LABEL_LINE.exec(next);
  return m !== null && wholeSymbol(m[1]!) !== undefined;
}
