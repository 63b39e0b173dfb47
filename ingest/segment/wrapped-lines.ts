// A copy that puts a blank line after every line of a PDF (a document-sharing site's copy of a CSTD session
// report) cuts sentences at the line ends. A body line of such a copy left on a joining word goes on into the
// next line whatever its case: "…, the Commission on Science and Technology for" | "Development discussed the
// role …", "… the United Nations Conference on" | "Trade and Development (UNCTAD), following …". Only a
// full-width line (60 characters or more): a title wrapped after "for" over its last word stays as the title
// lines were. Not under a numbered paragraph (segment.ts joins those itself).

import type { PassageKind } from '../types.ts';
import type { Line } from './classify.ts';

/** A line left on a joining word: "… of", "… the", "… for" (not finished, so no heading either). */
export const DANGLING = /\b(?:of|the|and|or|to|by|for|in|on|with|a|an|at|from)$/i;

/** Whether line `l` goes on from the block `prev` left on a joining word. */
export function wrappedLine(
  prev: { readonly kind: PassageKind; readonly first: Line; readonly last: Line } | undefined,
  l: Line,
): boolean {
  const prevEnd = prev?.last.text.trimEnd() ?? '';
  return (
    // A heading block of several lines is the masthead's ("Summary report prepared by …" over "GE.11-" over a
    // full line, E/CN.16/2011/CRP.1): it keeps its kind.
    (prev?.kind === 'text' || (prev?.kind === 'heading' && prev.first === prev.last)) &&
    (l.kind === 'text' || l.kind === 'heading') &&
    prevEnd.length >= 60 &&
    DANGLING.test(prevEnd) &&
    /^\s*\p{Lu}/u.test(l.text)
  );
}
