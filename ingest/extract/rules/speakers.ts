// Who took the floor (issue 3, item 3): speakers named only in footnotes ("The
// first panellist⁷" with footnote 7 naming the person), speakers named inline
// ("opened by Ms. …", "…, made an introductory presentation"), and the roles
// the same words give: "the Chair of the CSTD¹" CHAIRED the Commission, "the
// Head of the CSTD Secretariat⁵" is AFFILIATED_WITH it. A footnote listing
// "Representatives from Peru, Egypt, …" makes those delegations speakers.

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsIn, sentenceAt, sourceAt } from '../context.ts';
import { addChaired } from './chaired-claim.ts';
import { presidedElsewhere } from './chaired-gathering.ts';
import { currentMeeting } from './current-meeting.ts';
import { delegation } from './delegation-claim.ts';
import { plannedAct } from './planned-presiding.ts';
import { coordinatedAgentVerb } from './speakers-coordinated.ts';
import { nounRole, verbRole } from './speakers-roles.ts';
import { spokenElsewhere } from './speech-elsewhere.ts';
import { speechVerbSpeaker } from './speech-verbs.ts';
import { spokenMeeting } from './spoken-meeting.ts';

const ROLE_NOUN =
  /(keynote speaker|introductory speaker|panell?ist|moderator|participant|speaker|delegates?|representatives?|((?:Acting |Vice[- ]|Co-)?Chair) of the ([\w -]+?)|(Head|Director|Deputy Secretary[- ]General|Secretary[- ]General|Executive Secretary|Secretary of State) (?:of|for) (?:the )?([\w -]+?))\s*$/i;

export function speakersRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (p.kind === 'footnote' || !p.footnoteRefs) continue;
    const meeting = currentMeeting(ctx, p);
    for (const ref of p.footnoteRefs) {
      const fn = ctx.footnotes.get(ref.marker);
      if (!fn) continue;
      const sentence = sentenceAt(p, ref.offset);
      const before = ctx.doc.text.slice(Math.max(sentence?.start ?? p.start, ref.offset - 70), ref.offset);
      const noun = ROLE_NOUN.exec(before) ?? orgBefore(ctx, ref.offset);
      if (!noun) continue;
      // The verb of this marker's clause: "moderated by the Chair of the CSTD¹⁸ with the CSTD
      // Secretariat¹⁹ presenting …" (004 ¶19) gives ¹⁸ moderator and ¹⁹ presenter, so the window
      // stops at the neighbouring markers of the same sentence.
      const prev = p.footnoteRefs.filter((r) => r.offset < ref.offset).at(-1)?.offset ?? -1;
      const next = p.footnoteRefs.find((r) => r.offset > ref.offset)?.offset ?? Number.POSITIVE_INFINITY;
      const window = ctx.doc.text.slice(
        Math.max(sentence?.start ?? p.start, prev + 1),
        Math.min(sentence?.end ?? p.end, ref.offset + 60, next),
      );
      const role = nounRole(noun[1]!) ?? verbRole(window);
      const people = mentionsIn(ctx, fn.start, fn.end, 'Person');
      const source = sourceAt(ctx, p, ref.offset - noun[0].length, ref.offset);
      if (people.length > 0) {
        const person = people[0]!;
        // Two sources: the sentence says what was done, the footnote who did it ("The first
        // panellist⁷ presented …" and "⁷ Mr. Jun Yang, Professor …", seed 004 ¶9); neither quote alone
        // shows the fact.
        const named = sourceAt(ctx, fn, person.start, person.end);
        for (const evidence of [source, named]) {
          if (meeting)
            addEdge(
              ctx,
              {
                type: 'SPOKE_AT',
                from: person.id,
                to: meeting,
                properties: props({ role: role ?? 'participant' }),
                source: evidence,
              },
              'speakers:footnote',
            );
          roleOf(ctx, p, person.id, noun, ref.offset, evidence);
        }
        continue;
      }
      if (!meeting || !/delegate|representative|participant/i.test(noun[1]!)) continue;
      const fnSource = { ...sourceAt(ctx, fn, fn.start, fn.end) };
      for (const org of mentionsIn(ctx, fn.start, fn.end, 'Organization'))
        delegation(ctx, org, meeting, fnSource, 'speakers:footnote-delegations');
    }
  }
  inlineSpeakers(ctx);
}

/** "with the CSTD Secretariat¹⁹ presenting …": an organisation right before the marker. */
function orgBefore(ctx: DocContext, at: number): RegExpExecArray | null {
  const org = ctx.mentions.find((m) => m.type === 'Organization' && m.end <= at && at - m.end <= 1);
  if (!org) return null;
  const r = [
    ctx.doc.text.slice(org.start, at),
    org.surface,
    undefined,
    undefined,
    '',
  ] as unknown as RegExpExecArray;
  return r;
}

/** "the Chair of the CSTD¹" → CHAIRED; "the Head of the CSTD Secretariat⁵" → AFFILIATED_WITH. */
function roleOf(
  ctx: DocContext,
  p: Passage,
  person: string,
  noun: RegExpExecArray,
  at: number,
  source: ReturnType<typeof sourceAt>,
): void {
  const orgs = mentionsIn(ctx, at - noun[0].length, at, 'Organization');
  const org = orgs[orgs.length - 1];
  if (!org) return;
  if (noun[2]) {
    const word = noun[2].toLowerCase();
    const role = word.startsWith('acting')
      ? 'Acting Chair'
      : word.startsWith('vice')
        ? 'Vice-Chair'
        : word.startsWith('co')
          ? 'Co-Chair'
          : 'Chair';
    addChaired(ctx, person, org.id, role, source, 'speakers:chair');
  } else if (noun[4] !== undefined) {
    addEdge(
      ctx,
      { type: 'AFFILIATED_WITH', from: person, to: org.id, properties: props({ title: noun[4] }), source },
      'speakers:title',
    );
  }
  void p;
}

// "The meeting was opened this morning by Dr. …" (UNCTAD's notices): a time of day may stand before "by".
const INLINE_BEFORE =
  /\b(opened|moderated|presented|chaired|introduced|welcome|welcoming remarks|opening remarks|briefing|keynote(?: address)?|presentation|remarks|statement)(?:\s+(?:this|that|in the)\s+(?:morning|afternoon|evening))? by\s*$/i;
const STANDING_CHAIR = /(?:\b(?:is|are)|['’]s)\s+(?:co-)?chaired by\s*$/i;
// Not a verb with its own agent after it: "hosted by Ms. A from the IGF Secretariat and moderated by Ms. B"
// (the IGF Secretariat's NRI meeting summaries) is B's moderation, not A's.
const INLINE_AFTER =
  /^[^.;]{0,260}?\b(made an? (?:introductory |opening |keynote )?(?:presentation|statement|remarks)|delivered|moderated|opened the|presented)\b(?!\s+by\b)/i;

function inlineSpeakers(ctx: DocContext): void {
  for (const m of ctx.mentions) {
    if (m.type !== 'Person' || m.passage.kind === 'footnote') continue;
    const meeting = currentMeeting(ctx, m.passage) ?? spokenMeeting(ctx, m);
    if (!meeting) continue;
    const before = INLINE_BEFORE.exec(ctx.doc.text.slice(Math.max(m.passage.start, m.start - 30), m.start));
    const after = INLINE_AFTER.exec(ctx.doc.text.slice(m.end, m.passage.end));
    const second =
      before || after
        ? undefined
        : coordinatedAgentVerb(ctx.doc.text.slice(Math.max(m.passage.start, m.start - 120), m.start));
    const hit = before?.[1] ?? after?.[1] ?? second;
    if (!hit) {
      speechVerbSpeaker(ctx, m, meeting);
      continue;
    }
    // "the Working Group on Strategy, chaired by Ms. X" (chaired-gathering.ts).
    // "The workshop was moderated by …" in a session's report: a workshop of its own (chaired-gathering.ts).
    if (before && presidedElsewhere(ctx, m.passage, before[1]!, m.start - before[0].length)) continue;
    // "The meeting will be chaired by A and B": who is to preside, not who spoke (planned-presiding.ts).
    const verbAt = before
      ? m.start - before[0].length
      : second
        ? ctx.doc.text.lastIndexOf(second, m.start)
        : -1;
    if (verbAt >= 0 && plannedAct(ctx.doc.text.slice(Math.max(m.passage.start, verbAt - 50), verbAt)))
      continue;
    // "The panel is chaired by …", "It's Chaired by Vint Cerf" (IGF 2023 Day 0): a standing post in the
    // present tense, not what was done at this meeting.
    if (
      before &&
      !after &&
      STANDING_CHAIR.test(ctx.doc.text.slice(Math.max(m.passage.start, m.start - 40), m.start))
    )
      continue;
    // "a statement issued by Mr. X", "X outlined … at a press conference": not at the meeting.
    if (spokenElsewhere(sentenceAt(m.passage, m.start)?.text ?? '')) continue;
    const role = verbRole(hit) ?? 'presenter';
    const end = after ? m.end + after[0].length : m.end;
    const from = verbAt >= 0 ? verbAt : m.start;
    const source = sourceAt(ctx, m.passage, from, end);
    addEdge(
      ctx,
      { type: 'SPOKE_AT', from: m.id, to: meeting, properties: props({ role }), source },
      'speakers:inline',
    );
  }
}
