import type { Passage } from '../../types.ts';
import { type DocContext, type Mention, mentionsIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { addBarePerson, bareNameAt, barePersonAt } from './bare-person.ts';
import { chairsAfter, coordinatedSubject } from './chaired-by-coordinated.ts';
import { subjectOfGathering } from './chaired-by-gathering.ts';
import { addChaired } from './chaired-claim.ts';
import { roleName } from './roles.ts';
import { bodyByNoun, bodyOpening, subjectBody } from './subject-body.ts';

// "Chaired by" capitalised mid-sentence in transcripts ("It's Chaired by Vint Cerf", IGF 2023 Day 0);
// "presided over by" says the same of a meeting ("The session was presided over by Mr. X").
// Two verbs with one agent say both: "The meeting was chaired and opened by Mr. Kim Hak-Su, Executive
// Secretary, ESCAP" (report of an interagency meeting on ICT, Bangkok 2001), "opened and chaired by".
const CHAIRED_BY =
  /\b([Cc]o-)?(?:[Cc]haired(?:\s+and\s+opened)?|(?:[Oo]pened\s+and\s+)?chaired|presided\s+over)\s+by\s+/g;
// A pronoun for the subject ("It's chaired by"): the body is the one the sentence before began with
// ("And the panel consists of ten members. It's Chaired by …").
const PRONOUN_BEFORE = /(?:^|\s)It(?:['’]s|\s+(?:is|was|will be|has been|had been))\s+$/;
// The second post joined to the first: "…, and our Vice Chair is Maria Ressa" (same body).
const AND_POST = /^,?\s+and\s+(?:our|its|the)\s+(Vice[- ]Chair|Co-Chair)(?:man|person)?\s+is\s+/i;
const BODIES = new Set(['WorkingGroup', 'Organization', 'Meeting']);
// "The panel will be", "The Working Group is", "The session was": a common noun before the verb.
// A mandate's future: "The Group will continue to be chaired by Ambassador X of India" (the CCW meeting's
// decision on its expert group, 2017), "shall be chaired by".
const BE =
  '(?:was|is|are|were|will be|has been|had been|would be|shall be|(?:will|shall|would)\\s+continue\\s+to\\s+be|continues\\s+to\\s+be)';
const NOUN_BEFORE = new RegExp(
  `\\b(?:[Tt]he|[Tt]his|[Ii]ts)\\s+((?:[Ww]orking\\s+)?[A-Za-z]+)\\s+(?:${BE}\\s+)?$`,
);
const DIRECT = new RegExp(`^\\)?\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*)?(?:${BE}\\s+)?$`);
// "…, the 20 members of the Panel served": the noun after the list.
// "Chaired by Permanent Representative of Singapore Burhan Gafoor, the Working Group held 11 substantive
// sessions" (IISD on the OEWG 2021-2025): "Working Group" is one noun, as before the verb.
const NOUN_AFTER = /^,\s+the\s+(?:[\w-]+\s+){0,4}?(?:of\s+the\s+)?((?:Working\s+)?[A-Z][a-z]+)\b/;

/** The people listed from `from`: the first right there, each next after "and" or a comma (a post between). */
function listedPeople(ctx: DocContext, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  let at = from;
  for (const m of mentionsIn(ctx, from, to, 'Person')) {
    const between = ctx.doc.text.slice(at, m.start);
    const joined =
      out.length === 0 ? /^\s*$/.test(between) : /^(?:,[^,;]{0,90})?,?\s+(?:and\s+)?$|^,\s*$/.test(between);
    // "chaired by Mr X, President of Y and moderated by Mr Z" (a report of a Human Rights Council panel): Z
    // comes after a second verb and did not chair.
    if (!joined || /\b[a-z]+ed\s+by\s+$/.test(between)) break;
    out.push(m);
    at = m.end;
  }
  return out;
}

export function chairedByRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (
      !p.text.includes('haired by') &&
      !p.text.includes('presided over by') &&
      !p.text.includes('haired and opened by')
    )
      continue;
    const ss = sentences(p);
    for (let si = 0; si < ss.length; si++) {
      const s = ss[si]!;
      for (const m of matchesOf(CHAIRED_BY, s.text)) {
        const at = s.start + m.index;
        const after = at + m[0].length;
        const people = listedPeople(ctx, after, s.end);
        const before = ctx.doc.text.slice(s.start, at);
        if (people.length === 0) {
          if (s.start >= at - 2) bareOpening(ctx, p, s, after, m[1] ? 'Co-Chair' : 'Chair');
          else bareChair(ctx, p, s, ss[si - 1], before, after, m[1] ? 'Co-Chair' : 'Chair');
          continue;
        }
        const last = people[people.length - 1]!;
        // The body named just before the verb ("The Working Group on X is chaired by"), or its acronym in
        // brackets ("the Working Group on the World Summit … (WG-WSIS), chaired by Prof. Vladimir Minkin").
        const named = mentionsIn(ctx, s.start, at)
          .filter((x) => BODIES.has(x.type))
          .pop();
        // "The meeting of the Example Network was chaired by": the meeting's chair (chaired-by-gathering.ts).
        const subject = named && subjectOfGathering(ctx, s.start, named);
        const direct =
          (subject && DIRECT.test(ctx.doc.text.slice(subject.end, at)) ? subject : undefined) ??
          coordinatedSubject(ctx, s, at);
        const nounBefore = direct ? undefined : NOUN_BEFORE.exec(before);
        const nounAfter =
          direct || nounBefore || s.start < at - 2
            ? undefined
            : NOUN_AFTER.exec(ctx.doc.text.slice(last.end, s.end));
        const noun = nounBefore?.[1] ?? nounAfter?.[1];
        // "the Panel" after the list may already be the group's mention (the document's group).
        const nounAt = nounAfter ? last.end + nounAfter[0].length - 1 : -1;
        const covering = nounAfter
          ? mentionsIn(ctx, nounAt - nounAfter[1]!.length - 4, nounAt + 1).find((x) => BODIES.has(x.type))
          : undefined;
        // "It is chaired by Ambassador …": the body the sentences before are about.
        const body =
          direct ??
          covering ??
          (noun ? bodyByNoun(ctx, p, at, noun) : undefined) ??
          (PRONOUN_BEFORE.test(before) ? subjectBody(ctx, p, s.start) : undefined);
        if (!body) continue;
        const role = m[1] ? 'Co-Chair' : 'Chair';
        for (const person of people)
          addChaired(
            ctx,
            person.id,
            body.id,
            role,
            sourceAt(ctx, p, Math.min(at, person.start), person.end),
            'chaired-by',
          );
        chairsAfter(ctx, p, s, last.end, body.id);
      }
    }
  }
}

/**
 * "It's Chaired by Vint Cerf, and our Vice Chair is Maria Ressa": a name without honorific after the verb,
 * taken only when the subject is a pronoun for the body the sentence before opened with, so the body is
 * known before a person is made.
 */
function bareChair(
  ctx: DocContext,
  p: Passage,
  s: { start: number; end: number; text: string },
  prev: { text: string } | undefined,
  before: string,
  after: number,
  role: string,
): void {
  if (!prev || !PRONOUN_BEFORE.test(before)) return;
  const body = bodyOpening(ctx, p, prev.text, after);
  if (!body) return;
  const person = barePersonAt(ctx, p, after, s.end);
  if (!person) return;
  addChaired(ctx, person.id, body.id, role, sourceAt(ctx, p, s.start, person.end), 'chaired-by:bare');
  const post = AND_POST.exec(ctx.doc.text.slice(person.end, s.end));
  if (!post) return;
  const from = person.end + post[0].length;
  const second =
    mentionsIn(ctx, from, Math.min(s.end, from + 40), 'Person').find((x) => x.start <= from + 1) ??
    barePersonAt(ctx, p, from, s.end);
  if (second)
    addChaired(
      ctx,
      second.id,
      body.id,
      roleName(post[1]!),
      sourceAt(ctx, p, s.start, second.end),
      'chaired-by:bare',
    );
}

// After the names that open a sentence, its subject as the members of a body: "Co-chaired by Melinda Gates
// and Jack Ma, the 20 members of the Panel served in their personal capacities" (A/74/821 ¶1).
const MEMBERS_OF = /^,\s+(?:the|its|all)\s+(?:[\w-]+\s+){0,2}?members\s+of\s+the\s+([A-Z][a-z]+)\b/;

/**
 * Names without honorific opening a sentence with the verb ("Co-chaired by A and B, the 20 members of
 * the Panel …"): taken only when a body's members are the subject, so the body is known before a person
 * is made; at most two names, joined by "and".
 */
function bareOpening(
  ctx: DocContext,
  p: Passage,
  s: { start: number; end: number },
  after: number,
  role: string,
): void {
  const text = ctx.doc.text;
  const names = /^([^,;:.]{3,60}?)(?=,)/.exec(text.slice(after, s.end))?.[1];
  if (!names) return;
  const parts = names.split(/\s+and\s+/);
  if (parts.length > 2) return;
  const members = MEMBERS_OF.exec(text.slice(after + names.length, s.end));
  if (!members) return;
  const nounAt = after + names.length + members[0].length;
  const body = bodyByNoun(ctx, p, nounAt, members[1]!);
  if (!body) return;
  // Every name is a person's (named already, or a bare name) before any person is made.
  const found: (Mention | { name: string; start: number })[] = [];
  let from = after;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    const end = at + part.length;
    const known = mentionsIn(ctx, at, end, 'Person').find((x) => x.start === at && x.end === end);
    const bare = known ? undefined : bareNameAt(ctx, at, end);
    if (!known && bare?.name.length !== part.length) return;
    found.push(known ?? bare!);
    from = end;
  }
  for (const f of found) {
    const person = 'id' in f ? f : addBarePerson(ctx, p, f.name, f.start, 'chaired-by:bare-name');
    addChaired(ctx, person.id, body.id, role, sourceAt(ctx, p, s.start, nounAt), 'chaired-by:opening');
  }
}
