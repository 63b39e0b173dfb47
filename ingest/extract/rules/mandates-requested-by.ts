// A body asked by a resolution, in the passive (MODEL.md MANDATES: "the text requests, establishes or tasks
// that thing"): "The UN Commission on Science and Technology for Development (CSTD), hosted by …, mandated to
// undertake regular WSIS reviews since 2006, has been requested by the UN Economic and Social Council
// Resolution E/RES/2023/3 to collect inputs …" (UN DESA's page of the WSIS+20 reviews by the UN system). The
// active voice ("In its resolution 2023/3, the Council requested the Commission to …") is rules/mandates.ts's.
// The one asked opens the sentence, or stands right before the verb; a body in an aside ("hosted by UNCTAD")
// or the asking organ is not it.

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { isMandated } from './mandates-established.ts';
import { namedAside } from './reports-to-clauses.ts';
import { triggerWords } from './trigger-words.ts';
import { forEachVerb } from './verb-sites.ts';

const VERB =
  /\b(?:has|have|had)\s+been\s+(?:further\s+|also\s+)?(?:requested|mandated|tasked|invited|asked)\s+by\s+|\b(?:is|are|was|were)\s+(?:further\s+|also\s+)?(?:requested|mandated|tasked)\s+by\s+/g;
const WORDS = triggerWords(['requested by', 'mandated by', 'tasked by', 'invited by', 'asked by']);
// From "by" to the instrument, no clause between: "the UN Economic and Social Council", "the Assembly in its".
const BY_TO_INSTRUMENT = /^(?:[^,.;()]{0,80}?\s+)?$/;
// The instrument, then what is asked: "E/RES/2023/3 to collect", "resolution 79/277 (2025), to …".
const INSTRUMENT_TO_ASK = /^\s*(?:\([^()]{1,30}\)\s*)?,?\s+to\s+\p{Ll}/u;
// The sentence's opening up to its subject: "The", "The UN", "In 2024, the".
const OPENING =
  /^[\s•\-–]*(?:(?:In|On|Since)\s+[^,]{2,30},\s+)?(?:the\s+|The\s+)?(?:UN\s+|United\s+Nations\s+)?$/;
// The subject's brackets, then the verb: "(CSTD) has been requested by".
const SUBJECT_TO_VERB = /^\)?(?:\s*\([^()\n]{1,40}\))?\s*,?\s*$/;

export function mandatesRequestedByRule(ctx: DocContext): void {
  forEachVerb(ctx, WORDS, VERB, (p, s, at, by) => {
    const res = mentionsIn(ctx, by, Math.min(s.end, by + 120), 'Resolution')[0];
    if (!res || !BY_TO_INSTRUMENT.test(ctx.doc.text.slice(by, res.start))) return;
    if (!INSTRUMENT_TO_ASK.test(ctx.doc.text.slice(res.end, Math.min(s.end, res.end + 40)))) return;
    const before = mentionsIn(ctx, s.start, at).filter((m) => m.end <= at);
    // Bodies of an aside, and their acronyms restated after them ("(UNCTAD)"), ask or host; they are not asked.
    const aside = new Set(before.filter((m) => namedAside(ctx, m, s.start)).map((m) => m.id));
    const opening = before.find(
      (m) => isMandated(ctx, m) && OPENING.test(ctx.doc.text.slice(s.start, m.start)),
    );
    const last = before.filter((m) => isMandated(ctx, m) && !aside.has(m.id)).pop();
    const subject =
      opening && !aside.has(opening.id)
        ? opening
        : last && SUBJECT_TO_VERB.test(ctx.doc.text.slice(last.end, at))
          ? last
          : undefined;
    if (!subject) return;
    addEdge(
      ctx,
      {
        type: 'MANDATES',
        from: res.id,
        to: subject.id,
        source: sourceAt(ctx, p, subject.start, res.end),
      },
      'mandates-requested-by',
    );
  });
}
