// A segment of an affiliation chain that is one body or post though it holds commas (rules/affiliation.ts):
// a gazetteer name with a comma ("United Nations Educational, Scientific and Cultural Organization"), a
// ministry named by a list of fields ("Ministry of Science, Technology and Innovation of Brazil").

import type { DocContext } from '../context.ts';

// Its head's post may come first and "the" before its first field: "Head of the Federal Department of the
// Environment, Transport, Energy and Communications (DETEC)" (a Swiss Federal Councillor chairing the WSIS+20
// Forum, the Chair's summary) is one body, no "Energy and Communications".
export const MINISTRY =
  /^(?:(?:Head|Chief)\s+of\s+)?(?:the\s+)?(?:Federal\s+)?(?:Ministry|Minister|Department|Secretariat|Directorate)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u;
// ", Technology and Innovation", ", Posts, Telecommunications and Digital Economy": capitalised fields
// ending in "and <Field>", with the State the ministry is of after them.
const FIELD = '(?!(?:Mr|Ms|Mrs|Mx|Dr|Prof|H)\\b)\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?';
export const FIELDS = new RegExp(
  `^(?:,\\s+${FIELD})+,?\\s+and\\s+${FIELD}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)?`,
  'u',
);
// First words of the gazetteer's names that hold a comma, by gazetteer: only a segment starting so is
// looked up whole (a look-up per segment of every chain cost a visible share of the people rule).
const commaStarts = new WeakMap<object, Set<string>>();
export const firstWord = (text: string): string =>
  /^(?:the\s+)?(\S+)/i.exec(text.trim())?.[1]?.toLowerCase() ?? '';

export function commaNameStarts(ctx: DocContext): Set<string> {
  let set = commaStarts.get(ctx.gazetteer);
  if (!set) {
    set = new Set();
    for (const e of ctx.gazetteer.entries)
      for (const n of [e.name, ...e.aliases]) if (n.includes(',')) set.add(firstWord(n));
    commaStarts.set(ctx.gazetteer, set);
  }
  return set;
}
