// Which mentions are bodies of a kind. A Member State is an Organization in the model (MODEL.md, kind
// member-state) but a text names it as a State: "the Commission elected Mr. X of Brazil" (the Commission
// elects, not Brazil), "Brazil chaired" (a person for Brazil did), a resolution requests Governments, not a
// body. So every rule that looks for the body of a verb (who elects, what is chaired, mandated, held)
// asks for a mention of its labels that is no Member State.

import type { NodeLabel } from '../../../cypher/model/labels.ts';
import { type DocContext, type Mention, mentionsOverlapping } from '../context.ts';

/** Whether `id` is a Member State the gazetteer knows. */
export const isMemberState = (ctx: DocContext, id: string): boolean =>
  ctx.gazetteer.byId.get(id)?.kind === 'member-state';

/** Whether `id` is a State a draft's sponsors list: a Member State, or an observer State (the Holy See, the State of Palestine). */
export const isSponsorState = (ctx: DocContext, id: string): boolean => {
  const e = ctx.gazetteer.byId.get(id);
  return e?.kind === 'member-state' || e?.observerState === true;
};

/** The Member State whose name is the whole of `text` ("Rwanda", "Republic of Korea"), by its gazetteer name. */
export function memberStateNamed(ctx: DocContext, text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = ctx.gazetteer.match(text)[0];
  return m && m.start === 0 && m.end === text.length && m.entry.kind === 'member-state'
    ? m.entry.name
    : undefined;
}

// A State's long-form name: "the Republic of South Africa", "the Kingdom of Morocco" is that State (when the
// gazetteer has no entry of the long form itself, as it has for the Republic of Korea).
export const STATE_LONG_FORM =
  /^(?:(?:Federal|Democratic|Islamic|United|Plurinational|Bolivarian)\s+)?(?:Republic|Kingdom|Commonwealth|Principality|Sultanate|State)\s+of\s+(?:the\s+)?/;

/** The longest Member State mention starting at `at` ("Brazil" in "Ms. X of Brazil as Chair"). */
export function stateMentionAt(ctx: DocContext, at: number): Mention | undefined {
  return mentionsOverlapping(ctx, at, at + 1)
    .filter((m) => m.start === at && isMemberState(ctx, m.id))
    .sort((a, b) => b.end - a.end)[0];
}

/** The Member State named at `at`, by its name or its long form ("the Kingdom of Morocco" is Morocco). */
export function stateNamedAt(ctx: DocContext, at: number): Mention | undefined {
  const long = STATE_LONG_FORM.exec(ctx.doc.text.slice(at, at + 60));
  return stateMentionAt(ctx, at) ?? (long ? stateMentionAt(ctx, at + long[0].length) : undefined);
}

/** A test for a mention of one of `labels` that is not a Member State. */
export function bodyOf(...labels: NodeLabel[]): (ctx: DocContext, m: Mention) => boolean {
  const wanted = new Set<string>(labels);
  return (ctx, m) => wanted.has(m.type) && !isMemberState(ctx, m.id);
}
