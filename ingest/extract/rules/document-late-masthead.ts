// A masthead box copied after the page it heads (document-own-symbols.ts): a document-sharing site's copy of a
// report converted from its PDF may give the first page's body first (agenda items, title, summary, the
// footnotes "* A/73/50. ** E/2018/100.") and the masthead box last, each field on its own line: "United Nations
// A/73/66−E/2018/10" over "General Assembly Economic and Social Council" over "Distr.: General" (the
// Secretary-General's 2018 report on WSIS implementation). That block is the document's own, wherever it
// stands in the first page: the symbol after "United Nations" alone on its line, then only organ lines before
// "Distr.". A symbol cited in a sentence, or a "United Nations" line over anything else, is none of it.

import { findSymbols, jointParts } from './symbols.ts';

// The first page of a report runs to some 3,000 characters; a masthead box further down is another page's.
const FIRST_PAGE = 4000;
const ORGANS = '(?:General Assembly|Economic and Social Council|Security Council|Human Rights Council)';
const BOX = new RegExp(
  `^[ \\t]*United Nations[ \\t]+(\\S+(?:[ \\t]*[–—−][ \\t]*\\S+)?)[ \\t]*\\n(?:[ \\t]*\\n)*(?:[ \\t]*${ORGANS}(?:[ \\t]+${ORGANS})*[ \\t]*\\n(?:[ \\t]*\\n)*){1,2}[ \\t]*Distr\\.?:`,
  'm',
);

/** The document's own symbols from a masthead box standing after the start of its first page, if any. */
export function lateMastheadSymbols(text: string): string[] {
  const m = BOX.exec(text.slice(0, FIRST_PAGE));
  if (!m) return [];
  const found = findSymbols(m[1]!, 'dash');
  // The whole field is one symbol (a joint one keeps both halves as aliases); anything else is no masthead.
  const first = found[0];
  if (found.length !== 1 || first?.index !== 0 || first.length !== m[1]!.length || first.kind !== 'document')
    return [];
  return jointParts(first.symbol);
}
