// A post written with the body it serves, "to" or "at" it: "consultant to the IGF Secretariat", "CEO at
// Example Labs" (one link of an affiliation chain, affiliation.ts).

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';

// A post held in a body its holder advises or serves, written "to" or "at" it, maybe in lower case:
// "Mr. X, consultant to the IGF Secretariat", "Ms. Y, senior adviser at UNCTAD". Not an ambassador or a
// representative "to" a body: they represent a State there.
const ADVISER_TO =
  /^((?:[\p{L}-]+\s+){0,3}(?:[Cc]onsultant|[Aa]dvis[eo]r|[Cc]ounsel+or|[Ee]xpert|[Oo]fficer|[Ss]pecialist))\s+(?:to|at)\s+(?:the\s+)?(\S.*)$/u;

// The prepositions the two expressions need, looked for first: nearly every link of a chain has neither
// ("Senior Adviser", "the Association for …"), and each expression's words before them cost far more to try.
const TO_OR_AT = /\s(?:to|at)\s/;
const AT = /\sat\s/;

/** The body and the post of "consultant to <known body>", if `raw` is that. */
export function adviserTo(ctx: DocContext, raw: string): { entry: GazetteerEntry; post: string } | undefined {
  const m = TO_OR_AT.test(raw) ? ADVISER_TO.exec(raw) : null;
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

// A head's or a researcher's post "at" a body, the body written in capitals whatever its form: "Ms. X, CEO at
// Examplenet; Mr. Y, Professor at Sample College" (a bulletin's list of briefers). "At" after a post names
// where it is held; a body's name never starts with a lower-case word ("Director at large" is no body).
const POST_AT =
  /^((?:[\p{L}-]+\s+){0,2}(?:CEO|Chief Executive Officer|Director|Professor|Researcher|Fellow|Lecturer|Head|Manager|Scientist|Founder|Partner|Chair(?:man|person)?))\s+at\s+(?:the\s+)?(\p{Lu}[^,;:()]{0,60})$/u;

/** The post and the body of "CEO at <body>" (the gazetteer's entry when it names the body whole). */
export function postAt(
  ctx: DocContext,
  raw: string,
): { post: string; name: string; entry?: GazetteerEntry } | undefined {
  const m = AT.test(raw) ? POST_AT.exec(raw) : null;
  if (!m) return undefined;
  const name = m[2]!.trimEnd();
  const known = ctx.gazetteer
    .match(name)
    .find((g) => g.entry.type === 'Organization' && g.start === 0 && g.end >= name.length - 1);
  return { post: m[1]!, name, ...(known ? { entry: known.entry } : {}) };
}
