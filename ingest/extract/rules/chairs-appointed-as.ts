// People who open a sentence and then "serve as" or "have been appointed … as" its chairs: the announcements
// of the Secretary-General's panels name their co-chairs this way, each with the post they hold elsewhere
// ("Ms. A, Co-Chair of the B Foundation, and Mr. C, Executive Chairman of the D Group, serve as Co-Chairs.";
// "A, executive chairman of B, and C, co-chair of the D Foundation, have been appointed by the
// secretary-general as co-chairs of the panel", UN information centres and agencies on the High-level Panel on
// Digital Cooperation, July 2018). The posts between the names belong to other bodies and chair nothing here;
// the chaired body is the one "of the <noun>" names, else the one the sentences before are about ("The Panel
// includes 20 independent experts …"). Runs after chaired-by (rule-order.ts).

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  type Mention,
  mentionsIn,
  mentionsStartingIn,
  sentenceAt,
  sourceAt,
} from '../context.ts';
import { addBarePerson, bareNameAt } from './bare-person.ts';
import { addChaired } from './chaired-claim.ts';
import { roleName } from './roles.ts';
import { bodyByNoun, subjectBody } from './subject-body.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// "serve as", "will act as", "have been appointed by the Secretary-General as", "were named as": the verb right
// after the last name's post, then the role, then maybe "of the <body>". No adverb between ("previously served
// as Chair" tells of another time), no relative clause in a post ("…, who served as Chair …").
const VERB =
  '(?:(?:will|shall|would)\\s+)?(?:serve|serves|served|act|acts|acted|(?:(?:have|has|had)\\s+been|are|is|were|was|will\\s+be)\\s+(?:appointed|named|designated|selected)(?:\\s+by\\s+(?:the\\s+)?[^,.;]{1,60}?)?)';
const ROLE = '(co-chair(?:person)?s?|vice[- ]chair(?:person)?s?|chair(?:person)?s?)';
const TAIL = new RegExp(
  `^(?:,(?![^,;.]*\\b(?:who|which|whose|where|when)\\b)[^,;.]{0,100})?,?\\s+${VERB}\\s+as\\s+(?:the\\s+|its\\s+|their\\s+)?${ROLE}\\b(?:\\s+of\\s+(?:the\\s+)?)?`,
  'i',
);
// Before the first name: the sentence's opening, maybe a paragraph number and an honorific.
const OPENS = /^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+|H\.\s?E\.\s+)?$/;
// Between two names: a post after a comma, then "and" or a comma (listedPeople in chaired-by.ts).
const JOINED =
  /^(?:,(?![^,;.]*\b(?:who|which|whose)\b)[^,;.]{0,100})?,?\s+(?:and\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?$/;
// "of the panel": a common noun standing for a body named before.
const NOUN = /^([A-Za-z]+)\b/;

// A name no rule has read yet ("Jack Ma, executive chairman of …": a lower-case post) is taken bare, only where
// the whole sentence is the chairs' (the verb and role follow): after the opening, or after a post closed by a
// comma and "and".
const BARE_LEAD = /^(?:,[^,;.]{1,100}?)?,\s+(?:and\s+)?(?=\p{Lu})|^,?\s+and\s+(?=\p{Lu})/u;

type Found = Mention | { readonly name: string; readonly start: number; readonly end: number };

/** The people listed from the sentence's opening up to `to`: read by a rule, or bare names. */
function openingPeople(ctx: DocContext, start: number, to: number): Found[] {
  const out: Found[] = [];
  let at = start;
  for (;;) {
    const next = mentionsIn(ctx, at, to, 'Person')[0];
    if (next && (out.length === 0 ? OPENS : JOINED).test(ctx.doc.text.slice(at, next.start))) {
      out.push(next);
      at = next.end;
      continue;
    }
    const lead =
      out.length === 0 ? /^\s*/.exec(ctx.doc.text.slice(at, to)) : BARE_LEAD.exec(ctx.doc.text.slice(at, to));
    const bare = lead ? bareNameAt(ctx, at + lead[0].length, to) : undefined;
    if (!bare || (next && next.start < bare.start + bare.name.length)) return out;
    out.push({ ...bare, end: bare.start + bare.name.length });
    at = bare.start + bare.name.length;
  }
}

/** The body the role is of: named right after "of the", a common noun for one named before, or the subject. */
function chairedBody(ctx: DocContext, p: Passage, at: number, hasOf: boolean, sentenceStart: number) {
  if (!hasOf) return subjectBody(ctx, p, sentenceStart);
  const named = mentionsStartingIn(ctx, at, at + 1).find(
    (m) => m.type === 'WorkingGroup' || m.type === 'Organization' || m.type === 'Meeting',
  );
  if (named) return named;
  const noun = NOUN.exec(ctx.doc.text.slice(at, at + 40))?.[1];
  return noun ? bodyByNoun(ctx, p, at, noun) : undefined;
}

// The word the tests below need, in any case (trigger-words.ts): a bit test before reads of the passage.
const HAIR_WORDS = triggerWords(['hair']);

export function chairsAppointedAsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (
      !hasTrigger(p, HAIR_WORDS) ||
      !p.text.includes('hair') ||
      !/\bas\s+(?:the\s+|its\s+|their\s+)?(?:co-|vice[- ])?chair/i.test(p.text)
    )
      continue;
    const seen = new Set<number>();
    for (const m of p.text.matchAll(/\bas\s+(?:the\s+|its\s+|their\s+)?(?:co-|vice[- ])?chair/gi)) {
      const s = sentenceAt(p, p.start + m.index);
      if (!s || seen.has(s.start)) continue;
      seen.add(s.start);
      const people = openingPeople(ctx, s.start, p.start + m.index);
      const last = people.at(-1);
      if (!last) continue;
      const tail = TAIL.exec(ctx.doc.text.slice(last.end, s.end));
      if (!tail) continue;
      const after = last.end + tail[0].length;
      const body = chairedBody(ctx, p, after, /\sof\s+(?:the\s+)?$/i.test(tail[0]), s.start);
      if (!body) continue;
      const source = sourceAt(ctx, p, people[0]!.start, after);
      for (const f of people) {
        const person = 'id' in f ? f : addBarePerson(ctx, p, f.name, f.start, 'chairs-appointed-as');
        addChaired(ctx, person.id, body.id, roleName(tail[1]!), source, 'chairs-appointed-as');
      }
    }
  }
}
