// A post written with the body it serves, "to" or "at" it: "consultant to the IGF Secretariat" (one
// link of an affiliation chain, affiliation.ts).

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';

// A post held in a body its holder advises or serves, written "to" or "at" it, maybe in lower case:
// "Mr. X, consultant to the IGF Secretariat", "Ms. Y, senior adviser at UNCTAD". Not an ambassador or a
// representative "to" a body: they represent a State there.
const ADVISER_TO =
  /^((?:[\p{L}-]+\s+){0,3}(?:[Cc]onsultant|[Aa]dvis[eo]r|[Cc]ounsel+or|[Ee]xpert|[Oo]fficer|[Ss]pecialist))\s+(?:to|at)\s+(?:the\s+)?(\S.*)$/u;

/** The body and the post of "consultant to <known body>", if `raw` is that. */
export function adviserTo(ctx: DocContext, raw: string): { entry: GazetteerEntry; post: string } | undefined {
  const m = ADVISER_TO.exec(raw);
  if (!m) return undefined;
  const name = m[2]!;
  const body = ctx.gazetteer
    .match(name)
    .find(
      (g) =>
        g.entry.type === 'Organization' &&
        g.entry.kind !== 'member-state' &&
        g.start === 0 &&
        g.end >= name.length - 1,
    );
  return body ? { entry: body.entry, post: m[1]! } : undefined;
}
