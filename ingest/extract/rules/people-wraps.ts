// An honorific that ends a passage, its name opening the next: "… Ambassador of South Africa H.E." | "Baso Sangqu
// (Southern Africa), Ambassador of Trinidad and Tobago H.E. Mr" (an ACP press release copied from a PDF, its short
// lines read as passages of their own). Each passage alone names no one. Read as gazetteer-wraps.ts reads a
// name over the break: only over a single line break, only when the honorific is the passage's last token and the
// next passage opens on a capitalised word; the name is then matched by the people grammar as if on one line.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { PERSON_AT } from './people-name-grammar.ts';

// The honorifics a name may follow on the next line: an abbreviation with its stop, or "H.E." with a stacked one.
// Not a written-out title: "… met the Ambassador" | "The meeting …" ends a sentence there.
const LAST_HONORIFIC =
  /(?<![\p{L}.])(?:H\s?\.\s?E\.(?:\s+(?:Mr|Ms|Mrs|Mme|Mlle)\.?)?|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Prof\.)$/u;
// The next passage opens on a name's word: a capital, then a small letter.
const OPENS_ON_NAME = /^\p{Lu}\p{Ll}/u;

/** The match of PERSON_AT from the honorific ending `p` into `next`, with the offset it is relative to. */
export function wrappedPerson(
  ctx: DocContext,
  p: Passage,
  next: Passage | undefined,
): { match: RegExpExecArray; offset: number; next: Passage } | undefined {
  const text = ctx.doc.text;
  if (!next || next.start !== p.end + 1 || text.charCodeAt(p.end) !== 10) return undefined;
  if (!OPENS_ON_NAME.test(next.text)) return undefined;
  const tail = LAST_HONORIFIC.exec(p.text.slice(-40));
  if (!tail) return undefined;
  const offset = p.end - tail[0].length;
  // The name stops at the next passage's end (or its first line break: a name is on one line there).
  const nl = text.indexOf('\n', next.start);
  const to = nl < 0 || nl > next.end ? next.end : nl;
  PERSON_AT.lastIndex = 0;
  const match = PERSON_AT.exec(text.slice(offset, to));
  // The whole honorific is the match's and the name runs past the break.
  if (!match || offset + match[0].length <= next.start) return undefined;
  return { match, offset, next };
}
