// A document's own symbols (rules/document.ts): the masthead's symbol line (with the symbols before
// "Distr." and a reissue's date of issue on that line), else the symbol a resolution's text, a press
// release or a press masthead gives itself. A symbol inside a sentence or a list item cites another.

import type { DocContext } from '../context.ts';
import { wholeDayDate } from './document-dated-symbol.ts';
import { headlineSymbols } from './document-headline-symbol.ts';
import { ituMasthead } from './document-itu-masthead.ts';
import { lateMastheadSymbols } from './document-late-masthead.ts';
import { listedSymbolLine } from './document-link-lists.ts';
import { mastheadSymbols, symbolsBeforeDistr } from './document-masthead.ts';
import { pressListingEntry, pressReleaseSymbol } from './document-press.ts';
import { sessionMasthead } from './document-press-session.ts';
import { findSymbols, jointParts } from './symbols.ts';

// A list item: the line opens with a bullet.
export const BULLET_LINE = /^\s*[-–—•*·]\s/;

/**
 * A resolution's text copied without its masthead still says what it is: "Resolution adopted by the
 * General Assembly on 14 December 2022" over its number line "77/150. Information and …". The General
 * Assembly and the Human Rights Council number by session (A/RES/77/150, A/HRC/RES/38/7), the Economic and
 * Social Council by year (E/RES/2022/15).
 */
function adoptedSymbol(head: DocContext['passages']): string | undefined {
  const by = head
    .map((p) =>
      /\b(Resolution|Decision) adopted by the (General Assembly|Economic and Social Council|Human Rights Council)\b/.exec(
        p.text,
      ),
    )
    .find(Boolean);
  const n = head.map((p) => /^\s*\**(\d{2,4})\/(\d{1,3})\.\s+\S/.exec(p.text)).find(Boolean);
  if (!by || !n) return undefined;
  // The Human Rights Council numbers by session too: "38/7. The promotion, protection …" is A/HRC/RES/38/7.
  const prefix = by[2] === 'General Assembly' ? 'A' : by[2] === 'Human Rights Council' ? 'A/HRC' : 'E';
  if ((prefix !== 'E') !== n[1]!.length <= 3) return undefined;
  return `${prefix}/${by[1] === 'Decision' ? 'DEC' : 'RES'}/${n[1]}/${n[2]}`;
}

// The cover of a report issued in the Official Records ("Economic and Social Council Official Records, 2014
// Supplement No. 11" over "E/2014/31-E/CN.16/2014/4", a Commission's report on its session) gives the
// report's symbol right after the supplement's number, on the same line of a flattened copy or on the next.
// Looked for in the cover's first characters only: a later "Supplement No. 11 (E/2013/31)" cites another.
const SUPPLEMENT = /\bSupplement\s+No\.\s*\d{1,3}[A-Z]?\s+/g;
const COVER = 1500;

/** The symbol right after the Official Records cover's "Supplement No. N", if the cover gives one. */
function supplementSymbol(text: string): string[] {
  const cover = text.slice(0, COVER);
  for (const m of cover.matchAll(SUPPLEMENT)) {
    const after = cover.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const first = findSymbols(after)[0];
    if (first && first.index === 0 && first.kind === 'document') return jointParts(first.symbol);
  }
  return [];
}

// A later page of a report copied from its PDF opens with the page's running head, the report's own symbol,
// run into the section heading or numbered paragraph that follows ("A/65/154 I. Introduction 1. In
// paragraph 3 of its resolution 64/25, …", page 2 of a Secretary-General's compilation of replies from
// Governments): the symbol is the report's, not one it cites. Only at the very start of the text.
const RUNNING_HEAD_NEXT = /^(?:[IVX]{1,4}\.\s+\p{Lu}\p{Ll}|\d{1,3}\.\s+\p{Lu}\p{Ll})/u;

const DISTR_BEFORE =
  /(?:^|[ \t])Distr\.?:?[ \t]+(?:GENERAL|General|RESTRICTED|Restricted|LIMITED|Limited)[ \t]+$/;
const DATE_OPENING = /^(\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})(?!\S)/u;

const RUN_ON_MASTHEAD =
  /^(?:[–—−]\s*[A-Z]{1,6}(?:\/[\w.]+){2,7}\s+)?(?:United Nations|General Assembly|Economic and Social Council|Security Council)\b/;

/** The symbols the document gives itself (the first is its own), and a date of issue on the symbol's line. */
export function ownSymbols(
  ctx: DocContext,
  head: DocContext['passages'],
): { own: string[]; symbol: string | undefined; issued: string | undefined } {
  const headText = head.map((p) => p.text).join('\n');
  // The masthead symbol stands on a line of its own; a symbol inside a sentence is a reference.
  let beforeDistr: string[] | undefined;
  let issued: string | undefined;
  const found = findSymbols(headText).find((s) => {
    const lineStart = headText.lastIndexOf('\n', s.index) + 1;
    const lineEnd = headText.indexOf('\n', s.index);
    const line = headText.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const before = headText.slice(lineStart, s.index).trim();
    const after = line.slice(s.index - lineStart + s.length).trim();
    // "A/RES/79/301" alone, or after a short masthead ("United Nations   A/RES/79/301"); or opening a
    // masthead run into one line ("A/66/64–E/2011/77 United Nations General Assembly … Distr.: General").
    if (s.index === 0 && RUN_ON_MASTHEAD.test(after)) return true;
    if (s.index === 0 && lineStart === 0 && s.kind === 'document' && RUNNING_HEAD_NEXT.test(after))
      return true;
    // "ECOSOC Resolution 2006/46" heading a resolution's text is its own number; "- General Assembly
    // resolution 79/243", an item of a page's list of useful documents (UNODC's Ad Hoc Committee page), cites it.
    if (BULLET_LINE.test(line) || listedSymbolLine(headText, lineStart, line)) return false;
    beforeDistr = symbolsBeforeDistr(s.symbol, after);
    if (beforeDistr) return true;
    // The regional commissions' masthead order, "Distr." then the symbol and the date of issue: "Distr. GENERAL
    // LC/G.2491 25 April 2011 ENGLISH ORIGINAL: SPANISH" (an ECLAC conference report flattened into one line).
    // On one line, the date of issue right after the symbol: "Distr. RESTRICTED" over "E/CN.16/2098/CRP.2* is
    // available online" is a sentence citing it.
    const distrDate = DATE_OPENING.exec(after);
    if (distrDate && DISTR_BEFORE.test(headText.slice(Math.max(0, s.index - 30), s.index))) {
      issued = wholeDayDate(distrDate[1]!);
      return true;
    }
    // A reissued document's symbol line carries a star ("E/CN.16/2007/CRP.2* 16 May 2007"), and may carry
    // its date of issue after it on the line (document-dated-symbol.ts).
    const rest = after.replace(/^\*+\s*/, '');
    const date = wholeDayDate(rest);
    const own = (rest === '' || date !== undefined) && before.split(/\s+/).filter(Boolean).length <= 4;
    issued = own ? date : undefined;
    return own;
  });
  // A page listing several releases heads each with its symbol: none is the page's (document-press.ts).
  if (pressListingEntry(ctx.doc.text, found?.symbol ?? pressReleaseSymbol(ctx)))
    return { own: [], symbol: undefined, issued: undefined };
  const cover = (): string[] => {
    const supplement = supplementSymbol(ctx.doc.text);
    if (supplement.length > 0) return supplement;
    const late = lateMastheadSymbols(ctx.doc.text);
    if (late.length > 0) return late;
    // Else an ITU-style "Document <symbol>" masthead or a later page's running head (document-itu-masthead.ts).
    const itu = ituMasthead(ctx.doc.text);
    if (itu) {
      issued = itu.issued;
      return [itu.symbol];
    }
    // Else a page's headline naming the report and its symbol (document-headline-symbol.ts).
    return headlineSymbols(ctx.doc.text);
  };
  const own = beforeDistr ?? (found ? mastheadSymbols(head, found.symbol) : cover());
  const symbol = own[0] ?? adoptedSymbol(head) ?? pressReleaseSymbol(ctx) ?? sessionMasthead(ctx)?.symbol;
  return { own, symbol, issued };
}
