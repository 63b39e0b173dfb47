// A page listing one UN report heads it with the report's title, its kind and its symbol in brackets, the
// languages it is posted in after them: "Internet shutdowns: trends, causes, legal implications and impacts on
// a range of human rights - Report of the Office of the United Nations High Commissioner for Human Rights
// (A/HRC/50/55) [EN/AR/RU/ZH]" (ReliefWeb's copy of an OHCHR report to the Human Rights Council, the report's
// text under it without its masthead box). The symbol is the page's own document, not one it cites: the line
// says "Report of …" / "Note by …" right before the bracket, which closes the line (but for the languages).
// Only a document symbol (a cited resolution in a title is the instrument it reports on), and only on one of
// the first lines.

import type { DocContext } from '../context.ts';
import { findSymbols, jointParts } from './symbols.ts';

const HEADLINE =
  /\b(?:Report|Note)\s+(?:of|by)\s+[^()\n]{3,200}\(([A-Z]{1,6}(?:\/[\w.]+){2,7})\)[ \t]*(?:\[[A-Z]{2}(?:\/[A-Z]{2})*\])?[ \t]*$/;
const LIST_ITEM = /^\s*[-–—•*·]\s/;
// The first lines: a page's banner may stand over the headline ("World + 7 more").
const FIRST_LINES = 4;

/** The symbols of the report a page's headline names in brackets on one of its first lines, else none. */
export function headlineSymbols(text: string): string[] {
  const lines = text
    .slice(0, 2000)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, FIRST_LINES);
  for (const [k, l] of lines.entries()) {
    const m = HEADLINE.exec(l);
    // A list item, or a line under one announcing a list ("For more information, see:"), links another document.
    if (!m || LIST_ITEM.test(l) || (k > 0 && /:\s*$/.test(lines[k - 1]!))) continue;
    const found = findSymbols(m[1]!, 'dash');
    const first = found[0];
    if (
      found.length === 1 &&
      first?.index === 0 &&
      first.length === m[1]!.length &&
      first.kind === 'document'
    )
      return jointParts(first.symbol);
  }
  return [];
}

/**
 * That headline as the document's title, up to its bracketed symbol ("Internet shutdowns: … - Report of the Office
 * of the United Nations High Commissioner for Human Rights"), when nothing above titles the page.
 */
export function headlineTitle(
  ctx: DocContext,
): { p: DocContext['passages'][number]; line: string } | undefined {
  // Only the headline that gave the page its own symbol (headlineSymbols over the whole text).
  const own = headlineSymbols(ctx.doc.text)[0];
  if (own === undefined) return undefined;
  for (const p of ctx.passages.slice(0, FIRST_LINES)) {
    const line = p.text.split('\n')[0]!;
    const m = HEADLINE.exec(line);
    if (m && headlineSymbols(line)[0] === own)
      return { p, line: line.slice(0, line.lastIndexOf('(', m.index + m[0].length - 1)).trim() };
  }
  return undefined;
}

/** Whether the document's own symbol follows `at` in brackets: "Report of the Office of … (A/HRC/50/55)" (produced.ts). */
export function ownSymbolNext(ctx: DocContext, at: number): boolean {
  const m = /^\s*\(([^()\s]{5,40})\)/.exec(ctx.doc.text.slice(at, at + 50));
  return m !== null && (ctx.state.get('ownSymbols') ?? '').split('\n').includes(m[1]!);
}
