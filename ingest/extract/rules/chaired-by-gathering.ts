// The subject of "chaired by" when a gathering's noun and "of" stand before the body: "The meeting of the
// Example Network (EN) was chaired by Ms. X, the focal point" (an IGF session report) says who chaired that
// meeting, not the network. The body is then no subject of the verb; a meeting the text names over both words
// ("the first session of the Commission") is. Used by chaired-by.ts.

import { type DocContext, type Mention, mentionsIn } from '../context.ts';

// A gathering's noun and "of" before the body: "The meeting of the …", "a session of the …".
const GATHERING_OF = /\b(?:meeting|session|sitting|segment|gathering|workshop|panel)\s+of\s+(?:the\s+)?$/i;

/** The subject of the verb: `named` itself, the meeting named over "<gathering> of <named>", or none. */
export function subjectOfGathering(ctx: DocContext, from: number, named: Mention): Mention | undefined {
  if (named.type === 'Meeting') return named;
  // The name before its acronym in brackets: "of the Example Network (EN)".
  const head =
    mentionsIn(ctx, from, named.start).find(
      (x) => x.id === named.id && /^\s*\($/.test(ctx.doc.text.slice(x.end, named.start)),
    ) ?? named;
  if (!GATHERING_OF.test(ctx.doc.text.slice(Math.max(from, head.start - 40), head.start))) return named;
  return mentionsIn(ctx, from, named.end).find(
    (x) => x.type === 'Meeting' && x.start < head.start && x.end >= named.end,
  );
}
