// Chair-type roles stated in running text (issue 3, item 3): "Ambassador X,
// from Brazil, was elected Chair of the Working Group", "was appointed
// Vice-Chair of …", "Peter Major is currently the Chairman of the CSTD" (a
// name without honorific opening the sentence is a person there), and "…
// chaired the remainder of the meeting" for the chair last named. The role
// goes to the body named after "Chair of".

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsOverlapping,
  mentionsStartingIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { chairOf } from './agents.ts';
import { addBarePerson } from './bare-person.ts';
import { isMemberState } from './body-kinds.ts';
import { sessionFor } from './chair-session.ts';
import { addChaired } from './chaired-claim.ts';
import { currentMeeting } from './current-meeting.ts';
import { subjectBody } from './subject-body.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// Also "was elected by acclamation to Chair the Open-ended Working Group" (UN Web TV, OEWG 2019–2021).
// News write the post in lower case and "named" for appointed: "Anil Kumar Jain, who is named chairman of …".
const ELECTED =
  /\b(?:was|were|is|has been|had been)\s+(?:unanimously\s+)?(?:elected|appointed|designated|confirmed|nominated|named)\s+(?:by\s+acclamation\s+)?(?:(?:as\s+)?(?:the\s+)?((?:[Aa]cting |[Vv]ice[- ]|[Cc]o-)?[Cc]hair(?:man|person|woman)?)\s+of|to\s+((?:Vice[- ]|Co-)?[Cc]hair))\s+(?:the\s+)?/g;
// The post first, then its holder: "The Chair of the OEWG is H.E. Mr. Burhan Gafoor, …" (UNODA).
const CHAIR_IS = /\b[Tt]he\s+((?:Acting |Vice[- ]|Co-)?Chair(?:man|person)?)\s+of\s+(?:the\s+)?/g;
const IS_HOLDER = /^\s+(?:is|was|has been)\s+(?:currently\s+|now\s+)?$/;
const IS_CHAIR =
  /\b(?:is|was|has been|had been)\s+(?:currently\s+|now\s+|also\s+)?the\s+((?:Acting |Vice[- ]|Co-)?Chair(?:man|person|woman)?)\s+of\s+(?:the\s+)?/g;
// A name without honorific opening its sentence: two to four capitalised words, particles between.
const BARE_NAME =
  /^\s*(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:da|das|de|del|dos|van|von|al|el|bin)\s+)?\p{Lu}[\p{L}'’-]+){1,3})\s*$/u;
const NOT_NAME = /^(?:The|This|That|These|Its|His|Her|Their|Our|In|At|On|Since|From|Currently|Now)\b/;
// "Burhan Gafoor, Permanent Representative of Singapore to the UN in New York, was elected its Chair"
// (Russian MFA, 2 June 2021): "its" is the body the sentences before are about (rules/subject-body.ts);
// the holder opens the sentence.
const ELECTED_ITS =
  /\b(?:was|has been)\s+(?:unanimously\s+)?elected\s+(?:as\s+)?its\s+((?:Vice[- ]|Co-)?Chair(?:man|person)?)\b/g;
// The name then its post between commas, right before the verb.
const NAME_APPOSITION = /^(\s*[^,]+?),\s+(?:the\s+)?\p{Lu}[^,]{2,120},\s*$/u;
// Not "chaired the session on AI governance": one session of the meeting, on its topic, not the meeting.
const CHAIRED_MEETING =
  /\bchaired\s+(?:the\s+(?:remainder|rest)\s+of\s+)?the\s+(?:meeting|session)\b(?!\s+on\b)/g;

export function roleName(word: string): string {
  const w = word.toLowerCase();
  // A Process's co-facilitators (CHAIRED Person → Process, rules/chair-process.ts): "co-facilitators".
  if (w.includes('facilitat')) return /^co-?/.test(w) ? 'Co-Facilitator' : 'Facilitator';
  return w.startsWith('acting')
    ? 'Acting Chair'
    : w.startsWith('vice')
      ? 'Vice-Chair'
      : w.startsWith('co')
        ? 'Co-Chair'
        : 'Chair';
}

export const isBody = (x: Mention): boolean =>
  x.type === 'WorkingGroup' || x.type === 'Organization' || x.type === 'Meeting';

/**
 * The body named right after "Chair of the" ending at `after`: of the bodies covering after + 1 or
 * after + 2, the first starting, the first found among those (what a stable sort by start of all
 * mentions gave; the index answers without the scan).
 */
export function bodyAfter(ctx: DocContext, after: number): Mention | undefined {
  // Overlapping [after + 1, after + 3): start <= after + 2 and end > after + 1.
  const first = mentionsOverlapping(ctx, after + 1, after + 3).find(isBody);
  if (!first) return undefined;
  return mentionsStartingIn(ctx, first.start, first.start).find((x) => isBody(x) && x.end > after + 1);
}

// The word every expression needs, in any case (trigger-words.ts), before its two cases as written.
const CHAIR_WORDS = triggerWords(['chair']);

export function rolesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    // Both expressions need one of these words (case as written).
    if (!hasTrigger(p, CHAIR_WORDS) || (!p.text.includes('Chair') && !p.text.includes('chair'))) continue;
    for (const s of sentences(p)) {
      for (const m of matchesOf(ELECTED, s.text)) {
        const at = s.start + m.index;
        const person = lastMentionBefore(ctx, at, (x) => x.type === 'Person' && x.start >= s.start, s.start);
        const named = bodyAfter(ctx, at + m[0].length);
        const body = named && (sessionFor(ctx, named.end, s.end) ?? named);
        if (!person || !body) continue;
        const source = sourceAt(ctx, p, person.start, body.end);
        addChaired(ctx, person.id, body.id, roleName(m[1] ?? m[2]!), source, 'roles:elected');
      }
      for (const m of matchesOf(CHAIR_IS, s.text)) {
        const body = bodyAfter(ctx, s.start + m.index + m[0].length);
        if (!body || isMemberState(ctx, body.id)) continue;
        const person = mentionsStartingIn(ctx, body.end, Math.min(s.end, body.end + 30)).find(
          (x) => x.type === 'Person' && IS_HOLDER.test(stripHonorific(ctx.doc.text.slice(body.end, x.start))),
        );
        if (!person) continue;
        const source = sourceAt(ctx, p, s.start + m.index, person.end);
        addChaired(ctx, person.id, body.id, roleName(m[1]!), source, 'roles:chair-is');
      }
      for (const m of matchesOf(IS_CHAIR, s.text)) {
        const at = s.start + m.index;
        const body = bodyAfter(ctx, at + m[0].length);
        if (!body || isMemberState(ctx, body.id)) continue;
        const person =
          lastMentionBefore(ctx, at, (x) => x.type === 'Person' && x.start >= s.start, s.start) ??
          bareName(ctx, p, s.start, at);
        if (!person) continue;
        addChaired(
          ctx,
          person.id,
          body.id,
          roleName(m[1]!),
          sourceAt(ctx, p, person.start, body.end),
          'roles:is-chair',
        );
      }
      for (const m of matchesOf(ELECTED_ITS, s.text)) {
        const at = s.start + m.index;
        // The body the sentences before are about (a committee, a panel, the MAG), else the group named last.
        const body =
          subjectBody(ctx, p, s.start) ?? lastMentionBefore(ctx, s.start, (x) => x.type === 'WorkingGroup');
        if (!body) continue;
        const named = NAME_APPOSITION.exec(ctx.doc.text.slice(s.start, at));
        const person =
          lastMentionBefore(ctx, at, (x) => x.type === 'Person' && x.start >= s.start, s.start) ??
          (named ? bareName(ctx, p, s.start, s.start + named[1]!.length) : undefined);
        if (!person) continue;
        const source = sourceAt(ctx, p, person.start, at + m[0].length);
        addChaired(ctx, person.id, body.id, roleName(m[1]!), source, 'roles:elected-its');
      }
      for (const m of matchesOf(CHAIRED_MEETING, s.text)) {
        const at = s.start + m.index;
        const meeting = currentMeeting(ctx, p);
        const wg = ctx.state.get('workingGroup');
        const person =
          (wg && chairOf(ctx, wg)) ??
          lastMentionBefore(ctx, at, (x) => x.type === 'Person' && x.start >= p.start, p.start)?.id;
        if (!meeting || !person) continue;
        addChaired(ctx, person, meeting, 'Chair', sourceAt(ctx, p, at, at + m[0].length), 'roles:chaired');
      }
    }
  }
}

/** The words between a verb and a name, without the honorifics a person's mention may leave out. */
export function stripHonorific(between: string): string {
  return between.replace(
    /(?:\s*(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Mx\.?|Dr\.?|Ambassador|Professor))+\s*$/,
    ' ',
  );
}

/** "Peter Major is currently the Chairman of …": the words before the verb, when they are only a name. */
function bareName(ctx: DocContext, p: Passage, from: number, to: number): Mention | undefined {
  const m = BARE_NAME.exec(ctx.doc.text.slice(from, to));
  if (!m || NOT_NAME.test(m[1]!)) return undefined;
  const name = m[1]!;
  // A body or a Member State the gazetteer knows is not a person's name.
  if (ctx.gazetteer.match(name).length > 0) return undefined;
  return addBarePerson(ctx, p, name, from + m.index + m[0].indexOf(name), 'roles:bare-name');
}
