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
import { bodyOf } from './body-kinds.ts';
import { subjectBody } from './subject-body.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const VERB = /\b(?:established|created|set up)\b/g;
const WORDS = triggerWords(['established', 'created', 'set up']);
// From the verb to the instrument: "by the General Assembly in its", "at the initiative of Russia under UN
// General Assembly" (no clause of its own between: no comma, no second verb).
// Or through the paragraph of it: "The Group was established pursuant to paragraph 4 of General Assembly
// resolution 68/243" (the Secretary-General's note over a GGE report, A/70/174).
const TO_INSTRUMENT =
  /^\s+(?:(?:by|at)\s+[^,.;()]{1,60}?\s+)?(?:in|by|under|through|pursuant\s+to)\s+(?:its\s+|the\s+)?(?:(?:operative\s+)?paragraphs?\s+\d+(?:\s*\([a-z]\))?\s+of\s+(?:its\s+)?)?(?:(?:UN|United\s+Nations|General\s+Assembly|Economic\s+and\s+Social\s+Council|Council)\s+)*$/;
// From the subject to the verb: its acronym in brackets, a date or place clause between commas, the auxiliary.
// The group's years after its name count as its name: "the Open-Ended Working Group on security of and in
// the use of information and communication technologies 2021 to 2025, established pursuant to General
// Assembly resolution 75/240" (the OEWG's session transcripts).
const SUBJECT_TO_VERB =
  /^\)?(?:\s*\([^()\n]{1,40}\))?(?:\s+\d{4}\s*(?:[-–]|to)\s*\d{4})?\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|is|has been|had been)\s+)?(?:(?:first|formally|originally|initially)\s+)?$/;
// The active voice: "The UN General Assembly established the OEWG on 31 December 2020 in its resolution
// 75/240" (IISD on the OEWG 2021–2025): the body right before the verb, the thing set up right after it,
// then at most its date before the instrument.
const BODY_TO_VERB = /^\s+(?:has\s+|had\s+)?$/;
const VERB_TO_OBJECT = /^\s+(?:the\s+|an?\s+)?$/;
const OBJECT_TO_INSTRUMENT =
  /^(?:\s+(?:on\s+\d{1,2}\s+\p{L}+\s+\d{4}|in\s+\d{4}))?\s+(?:in|by|under|through)\s+(?:its\s+|the\s+)?(?:(?:UN|United\s+Nations|General\s+Assembly|Economic\s+and\s+Social\s+Council|Council)\s+)*$/u;
const PRONOUN = /(?:^|\s)It\s+(?:was|has been|had been)\s+(?:first\s+|formally\s+|originally\s+)?$/;
const BY_WHICH =
  /\b(?:by which|whereby)\s+(?:the\s+(?:Council|Assembly|Commission)|it)\s+(?:established|created|set up)\s+(?:the\s+)?/g;

/** A body a resolution can mandate: a group, a process, an organisation that is not a Member State. */
export const isMandated = bodyOf('WorkingGroup', 'Process', 'Organization');

export function mandatesEstablishedRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const v of matchesOf(VERB, s.text)) {
        const at = s.start + v.index;
        const after = at + v[0].length;
        const res = mentionsIn(ctx, after, Math.min(s.end, after + 120), 'Resolution')[0];
        if (!res) continue;
        if (!TO_INSTRUMENT.test(ctx.doc.text.slice(after, res.start))) {
          activeVoice(ctx, p, s, at, after, res);
          continue;
        }
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

/** "<Body> established <the group> [on <date>] in its resolution <N>": the resolution MANDATES the group. */
function activeVoice(
  ctx: DocContext,
  p: DocContext['passages'][number],
  s: { start: number; end: number },
  at: number,
  after: number,
  res: Mention,
): void {
  const body = mentionsIn(ctx, s.start, at, 'Organization')
    .filter((m) => m.end <= at)
    .pop();
  if (!body || !BODY_TO_VERB.test(ctx.doc.text.slice(body.end, at))) return;
  const object = mentionsIn(ctx, after, res.start).find((m) => m.start >= after && isMandated(ctx, m));
  if (!object || !VERB_TO_OBJECT.test(ctx.doc.text.slice(after, object.start))) return;
  if (!OBJECT_TO_INSTRUMENT.test(ctx.doc.text.slice(object.end, res.start))) return;
  addEdge(
    ctx,
    { type: 'MANDATES', from: res.id, to: object.id, source: sourceAt(ctx, p, body.start, res.end) },
    'mandates-established:active',
  );
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
