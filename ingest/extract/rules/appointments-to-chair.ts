// An appointment to chair a body, as news of the Internet Governance Forum's MAG chairs writes it: the
// appointee named in full without an honorific, a description of them between commas, then the post as a verb:
//   "The Secretary-General has appointed Jane Roe, a member of the business community and former Director at
//    Example Corp, to chair the 2030 Internet Governance Forum (IGF) Multistakeholder Advisory Group (MAG)."
// Two capitalised words after "appointed" are not known to be a person (appointments.ts asks for "of <State>");
// here the anchor is the press's own habit of naming a person in full once and then by honorific and surname
// ("Ms Roe’s appointment marks …", "Mr. Roe began working …"): the surname must come back after an honorific
// in the same document. The person is then a Person mention (the chair, speaker and affiliation rules after
// it read it), and CHAIRED the body the verb names ("to chair the …", "to be the Chair of" is chair-titles.ts's):
// the last body named before the clause ends ("the 2030 Internet Governance Forum (IGF) Multistakeholder
// Advisory Group": the group, not the Forum it belongs to).

import type { Passage } from '../../types.ts';
import { type DocContext, type Mention, mentionsIn, type Sentence, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { isMemberState } from './body-kinds.ts';
import { addChaired } from './chaired-claim.ts';
import { isBody, roleName } from './roles.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const TRIGGER = triggerWords(['appoint', 'named']);
// The verb, the name, then a comma (the description follows) or the post's "to".
const APPOINTED = new RegExp(
  `\\b(?:appointed|appoints|named)\\s+(${BARE_NAME})(?=\\s*,|\\s+to\\s+(?:[Cc]o-|[Vv]ice[- ])?[Cc]hair\\b)`,
  'gu',
);
// The description ends at the comma before the post: at most 200 characters, no sentence end.
const TO_CHAIR =
  /^(?:,[^.;]{1,200}?,)?\s+to\s+((?:[Cc]o-|[Vv]ice[- ])?[Cc]hair(?:man|person)?)\s+(?:the\s+)?/u;
// The clause the body is named in ends at a comma, a semicolon or the sentence's stop.
const CLAUSE_END = /[,;]|\.(?:\s|$)/;

/** Whether `surname` comes back after an honorific in the document: "Mr Roe", "Ms. Roe’s". */
function namedAgain(ctx: DocContext, surname: string): boolean {
  const re = new RegExp(
    `\\b(?:Mr|Ms|Mrs|Dr)\\.?\\s+${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`,
    'u',
  );
  return re.test(ctx.doc.text);
}

/** The last body named in the clause from `at` on (the sentence's end at most). */
function chairedBody(ctx: DocContext, s: Sentence, at: number): Mention | undefined {
  const rest = ctx.doc.text.slice(at, s.end);
  const stop = CLAUSE_END.exec(rest);
  const end = at + (stop ? stop.index : rest.length);
  const bodies = mentionsIn(ctx, at, end).filter((m) => isBody(m) && !isMemberState(ctx, m.id));
  return bodies.sort((a, b) => a.end - b.end).pop();
}

function appointment(ctx: DocContext, p: Passage, s: Sentence, m: RegExpExecArray): void {
  const name = m[1]!;
  const start = s.start + m.index + m[0].length - name.length;
  const surname = name.split(/[ \u00A0]+/).pop()!;
  const post = TO_CHAIR.exec(ctx.doc.text.slice(start + name.length, s.end));
  if (!post || !strongBareName(ctx, name, start) || !namedAgain(ctx, surname)) return;
  const at = start + name.length + post[0].length;
  const body = chairedBody(ctx, s, at);
  if (!body) return;
  const person = addBarePerson(ctx, p, name, start, 'appointments-to-chair');
  addChaired(
    ctx,
    person.id,
    body.id,
    roleName(post[1]!),
    sourceAt(ctx, p, start, body.end),
    'appointments-to-chair',
  );
}

export function appointmentsToChairRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, TRIGGER)) continue;
    for (const s of sentences(p)) for (const m of matchesOf(APPOINTED, s.text)) appointment(ctx, p, s, m);
  }
}
