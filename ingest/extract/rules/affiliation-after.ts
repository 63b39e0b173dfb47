// "Mr. Charles Example from Rwanda", "Mr. Jan Example represented the IGF
// Secretariat": the Member State or body named right after a name, without a
// comma (ITU and IGF meeting reports). Used by affiliation-claims.ts.

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, sourceAt } from '../context.ts';
import { orgFromPart } from './affiliation-claims.ts';

const FROM_OR_FOR =
  /^[^\S\n]+(?:from|represent(?:ed|s|ing))[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[^,.;:()\n]{1,60}?)(?=[,.;:()]|\s+(?:for|to|and|as|at|in|on|was|were|is|who|will)\b|$)/u;

/** AFFILIATED_WITH the known body named by "from"/"represented" right after the name; whether one was. */
export function affiliationAfterName(ctx: DocContext, p: Passage, personId: string, from: number): boolean {
  const after = FROM_OR_FOR.exec(ctx.doc.text.slice(from, Math.min(p.end, from + 90)));
  const body = after
    ? ctx.gazetteer
        .match(after[1]!)
        .find((m) => m.entry.type === 'Organization' && m.start === 0 && m.end >= after[1]!.trim().length - 1)
    : undefined;
  if (after && body) {
    const at = from + after[0].indexOf(after[1]!);
    const id = orgFromPart(
      ctx,
      p,
      { kind: 'org', start: at, end: at + after[1]!.length, text: after[1]!, entry: body.entry },
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
