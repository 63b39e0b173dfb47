// "Mr. Charles Example from Rwanda", "Mr. Jan Example represented the IGF
// Secretariat": the Member State or body named right after a name, without a
// comma (ITU and IGF meeting reports); "Mr. Mongi Hamdi of UNCTAD introduced
// the … report" (UNCTAD news on ECOSOC, July 2012): a known body after "of",
// its name ending there. Used by affiliation-claims.ts.

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, sourceAt } from '../context.ts';
import { orgFromPart } from './affiliation-org.ts';

const FROM_OR_FOR =
  /^[^\S\n]+(?:from|represent(?:ed|s|ing))[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[^,.;:()\n]{1,60}?)(?=[,.;:()]|\s+(?:for|to|and|as|at|in|on|was|were|is|who|will)\b|$)/u;

// "of": the known body's name must end where a lower-case word or a stop follows ("of UNCTAD introduced",
// "of Kenya, who …"), not run on into a longer name ("of the University of …"). A comma may come before
// it: "Ambassadors A of Jamaica and B, of the Netherlands" (a newsletter's list of co-facilitators).
const OF_BODY = /^,?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?=\p{Lu})/u;
const NAME_ENDS = /^(?:[,.;:()]|[^\S\n]+\p{Ll})/u;

/** The words after the name, through the body: [all of them, the body's words]. */
type After = readonly [whole: string, body: string];

/** "of <known body>", when its name ends there. */
function ofBody(ctx: DocContext, text: string): After | undefined {
  const of = OF_BODY.exec(text);
  if (!of) return undefined;
  const rest = text.slice(of[0].length);
  const body = ctx.gazetteer.match(rest).find((m) => m.start === 0 && m.entry.type === 'Organization');
  if (!body || !NAME_ENDS.test(rest.slice(body.end))) return undefined;
  return [text.slice(0, of[0].length + body.end), rest.slice(0, body.end)];
}

// FROM_OR_FOR stops at " and" ("Mr. A from Brazil and Mr. B from Chile"), but a known body's own name may run
// on through it: "Mr. A represented the United Nations Department of Economic and Social Affairs (UN DESA)"
// (IGF MAG meeting summaries). The longest known name starting there is read whole when a stop, a bracket
// or a lower-case word follows it.
const KNOWN_ENDS = /^(?:[,.;:()]|[^\S\n]+\(|[^\S\n]+\p{Ll})/u;

function knownRunningOn(ctx: DocContext, text: string, m: RegExpExecArray): After | undefined {
  const at = m[0].length - m[1]!.length;
  const rest = text.slice(at);
  let best = 0;
  for (const x of ctx.gazetteer.match(rest))
    if (x.start === 0 && x.entry.type === 'Organization' && x.end > best) best = x.end;
  if (best <= m[1]!.trimEnd().length || !KNOWN_ENDS.test(rest.slice(best))) return undefined;
  return [text.slice(0, at + best), rest.slice(0, best)];
}

/** AFFILIATED_WITH the known body named by "from"/"represented"/"of" right after the name; whether one was. */
export function affiliationAfterName(ctx: DocContext, p: Passage, personId: string, from: number): boolean {
  const text = ctx.doc.text.slice(from, Math.min(p.end, from + 90));
  const m = FROM_OR_FOR.exec(text);
  const after: After | undefined = m ? (knownRunningOn(ctx, text, m) ?? [m[0], m[1]!]) : ofBody(ctx, text);
  const body = after
    ? ctx.gazetteer
        .match(after[1])
        .find((m) => m.entry.type === 'Organization' && m.start === 0 && m.end >= after[1].trim().length - 1)
    : undefined;
  if (after && body) {
    const at = from + after[0].indexOf(after[1]);
    const id = orgFromPart(
      ctx,
      p,
      { kind: 'org', start: at, end: at + after[1].length, text: after[1], entry: body.entry },
      [],
    );
    addEdge(
      ctx,
      {
        type: 'AFFILIATED_WITH',
        from: personId,
        to: id,
        source: sourceAt(ctx, p, from, from + after[0].length),
      },
      'affiliation:from',
    );
    return true;
  }
  return false;
}
