// The instrument a body was set up by (MODEL.md MANDATES: "the text requests, establishes or tasks that
// thing"), as background pages and preambles say it: "It was established by the General Assembly in its
// resolution 46/235" (the CSTD's page: "It" is the Commission the sentence before opens with), "The
// Organisational Session of the Open-Ended Working Group …, established at the initiative of Russia under
// UN General Assembly Resolution 75/240, was held …", and every instrument of "its decision 1992/218 … and
// resolution 1992/62 …, by which the Council established the Commission" (rules/mandates.ts takes the last).
// Groups are also rules/established.ts's; this one adds bodies and processes, and the pronoun.

import { addEdge, type DocContext, type Mention, mentionsIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { agentAt } from './agents.ts';
import { subjectBody } from './subject-body.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const VERB = /\b(?:established|created|set up)\b/g;
const WORDS = triggerWords(['established', 'created', 'set up']);
// From the verb to the instrument: "by the General Assembly in its", "at the initiative of Russia under UN
// General Assembly" (no clause of its own between: no comma, no second verb).
const TO_INSTRUMENT =
  /^\s+(?:(?:by|at)\s+[^,.;()]{1,60}?\s+)?(?:in|by|under|through|pursuant\s+to)\s+(?:its\s+|the\s+)?(?:(?:UN|United\s+Nations|General\s+Assembly|Economic\s+and\s+Social\s+Council|Council)\s+)*$/;
// From the subject to the verb: its acronym in brackets, a date or place clause between commas, the auxiliary.
const SUBJECT_TO_VERB =
  /^\)?(?:\s*\([^()\n]{1,40}\))?\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|is|has been|had been)\s+)?(?:(?:first|formally|originally|initially)\s+)?$/;
const PRONOUN = /(?:^|\s)It\s+(?:was|has been|had been)\s+(?:first\s+|formally\s+|originally\s+)?$/;
const BY_WHICH =
  /\b(?:by which|whereby)\s+(?:the\s+(?:Council|Assembly|Commission)|it)\s+(?:established|created|set up)\s+(?:the\s+)?/g;

const isMandated = (ctx: DocContext, m: Mention): boolean =>
  (m.type === 'WorkingGroup' || m.type === 'Process' || m.type === 'Organization') &&
  ctx.gazetteer.byId.get(m.id)?.kind !== 'member-state';

export function mandatesEstablishedRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const v of matchesOf(VERB, s.text)) {
        const at = s.start + v.index;
        const after = at + v[0].length;
        const res = mentionsIn(ctx, after, Math.min(s.end, after + 120), 'Resolution')[0];
        if (!res || !TO_INSTRUMENT.test(ctx.doc.text.slice(after, res.start))) continue;
        const named = mentionsIn(ctx, s.start, at)
          .filter((m) => m.end <= at && isMandated(ctx, m))
          .pop();
        const subject =
          named && SUBJECT_TO_VERB.test(ctx.doc.text.slice(named.end, at))
            ? named
            : PRONOUN.test(ctx.doc.text.slice(s.start, at))
              ? subjectBody(ctx, p, s.start)
              : undefined;
        if (!subject || !isMandated(ctx, subject)) continue;
        addEdge(
          ctx,
          {
            type: 'MANDATES',
            from: res.id,
            to: subject.id,
            // A pronoun's body is named in a sentence before: the quote is the pronoun's sentence.
            source: sourceAt(
              ctx,
              p,
              subject.start < s.start ? s.start : Math.min(at, subject.start),
              res.end,
            ),
          },
          'mandates-established',
        );
      }
      for (const m of matchesOf(BY_WHICH, s.text)) byWhich(ctx, p, s, s.start + m.index, m[0].length);
    }
  }
}

/** "decision 1992/218 of 30 April 1992 and resolution 1992/62 of 31 July 1992, by which …": the first too. */
function byWhich(
  ctx: DocContext,
  p: DocContext['passages'][number],
  s: { start: number; end: number },
  at: number,
  length: number,
): void {
  const target = agentAt(ctx, at + length - (/the\s+$/.test(ctx.doc.text.slice(at, at + length)) ? 4 : 0));
  if (!target?.id.startsWith('organization:')) return;
  const resolutions = mentionsIn(ctx, s.start, at, 'Resolution');
  const last = resolutions.pop();
  if (!last || !/^(?:\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?\s*,\s*$/u.test(ctx.doc.text.slice(last.end, at)))
    return;
  let next = last;
  for (let r = resolutions.pop(); r; r = resolutions.pop()) {
    if (
      !/^(?:\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?\s*(?:,\s*|\s+and\s+)(?:its\s+)?(?:\p{L}+\s+)?$/u.test(
        ctx.doc.text.slice(r.end, next.start),
      )
    )
      return;
    addEdge(
      ctx,
      { type: 'MANDATES', from: r.id, to: target.id, source: sourceAt(ctx, p, r.start, target.end) },
      'mandates-established:by-which',
    );
    next = r;
  }
}
