// Who chaired what, said with the verb or its noun (issue 3, item 3), as news and meeting reports write it:
// "The meeting was held under the chairmanship of Mr. X", "Ms. Y will chair the Working Group …", "Mr. Z
// co-chaired the Forum", "thanked Vice-Chairman, Mr. W from Rwanda, for accepting to chair the meeting"
// (ITU CWG-Internet meeting reports). The body is the one named right after the verb, or the meeting the
// passage reports on for "the meeting" / "the session"; the person is named right before the verb (its
// post or Member State between) or, after "thanked", is the one thanked.

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  lastMentionBefore,
  mentionsIn,
  type Sentence,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { bodyOf } from './body-kinds.ts';
import { addChaired } from './chaired-claim.ts';
import { currentMeeting } from './current-meeting.ts';
import { bodyAfter } from './roles.ts';
import { openingBody } from './subject-body.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// "X will chair the …", "X chaired the …", "X co-chairs the …" (not "chaired by", chaired-by.ts).
const CHAIRS = /\b(?:(?:will|shall|would)\s+)?([Cc]o-)?chair(?:s|ed)?\s+the\s+(?=\S)/g;
// Between the person and the verb: a bracketed Member State, a post between commas, "who".
const PERSON_TO_VERB = /^\s*(?:\([^()\n]{1,60}\)\s*)?(?:,[^,;()\n]{1,100},\s*)?(?:who\s+)?(?:also\s+)?$/;
// "for accepting to chair the meeting", "for chairing the session" after a thanked person.
const FOR_CHAIRING =
  /\bfor\s+(?:(?:accepting|agreeing|having\s+agreed|kindly\s+agreeing)\s+to\s+([Cc]o-)?chair|(?:having\s+)?([Cc]o-)?chair(?:ed|ing))\s+the\s+(?=\S)/g;
// Between the thanked person and "for": where the person is from, a bracket, a comma.
const THANKED_TO_FOR = /^(?:\s+from\s+(?:the\s+)?\p{Lu}[^,;()\n]{0,40}?|\s*\([^()\n]{1,60}\))?\s*,?\s*$/u;
// "under the chairmanship of Mr. X": the meeting or body the sentence is about.
const UNDER = /\bunder\s+the\s+([Cc]o-)?(?:chairmanship|chairpersonship|chairship|presidency)\s+of\s+/g;
const MEETING_NOUN = /^(?:meeting|session)\b/;

const isChaired = bodyOf('WorkingGroup', 'Meeting', 'Organization');

/** The body right after "the" at `at`: one named there, or the passage's meeting for "meeting"/"session". */
function chairedBody(ctx: DocContext, p: Passage, at: number): { id: string; end: number } | undefined {
  const named = bodyAfter(ctx, at - 1);
  if (named && named.start <= at + 1) return isChaired(ctx, named) ? named : undefined;
  const noun = MEETING_NOUN.exec(ctx.doc.text.slice(at, at + 10));
  if (!noun) return undefined;
  // The meeting the passage reports on, else the one its sentences named last ("… welcomed the participants
  // to the tenth meeting of CWG-Internet. He … thanked …, for accepting to chair the meeting").
  const id = currentMeeting(ctx, p) ?? lastMentionBefore(ctx, at, (x) => x.type === 'Meeting', p.start)?.id;
  return id ? { id, end: at + noun[0].length } : undefined;
}

// The words of the test below, in any case (trigger-words.ts): a few bit tests before two reads of the passage.
const WORDS = triggerWords(['hair', 'presidency']);

export function chairVerbsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS) || (!p.text.includes('hair') && !p.text.includes('presidency'))) continue;
    for (const s of sentences(p)) {
      for (const m of matchesOf(CHAIRS, s.text)) chairs(ctx, p, s, s.start + m.index, m[0].length, m[1]);
      for (const m of matchesOf(FOR_CHAIRING, s.text))
        forChairing(ctx, p, s, s.start + m.index, m[0].length, m[1] ?? m[2]);
      for (const m of matchesOf(UNDER, s.text)) under(ctx, p, s, s.start + m.index, m[0].length, m[1]);
    }
  }
}

function role(co: string | undefined): string {
  return co ? 'Co-Chair' : 'Chair';
}

function chairs(ctx: DocContext, p: Passage, s: Sentence, at: number, length: number, co?: string): void {
  const person = lastMentionBefore(ctx, at, (x) => x.type === 'Person', s.start);
  if (!person || !PERSON_TO_VERB.test(ctx.doc.text.slice(person.end, at))) return;
  const body = chairedBody(ctx, p, at + length);
  if (!body) return;
  addChaired(ctx, person.id, body.id, role(co), sourceAt(ctx, p, person.start, body.end), 'chair-verbs');
}

function forChairing(
  ctx: DocContext,
  p: Passage,
  s: Sentence,
  at: number,
  length: number,
  co?: string,
): void {
  const person = lastMentionBefore(ctx, at, (x) => x.type === 'Person', s.start);
  if (!person || !THANKED_TO_FOR.test(ctx.doc.text.slice(person.end, at))) return;
  if (!/\bthank/i.test(ctx.doc.text.slice(s.start, person.start))) return;
  const body = chairedBody(ctx, p, at + length);
  if (!body) return;
  addChaired(
    ctx,
    person.id,
    body.id,
    role(co),
    sourceAt(ctx, p, person.start, body.end),
    'chair-verbs:thanked',
  );
}

function under(ctx: DocContext, p: Passage, s: Sentence, at: number, length: number, co?: string): void {
  const from = at + length;
  const person = mentionsIn(ctx, from, Math.min(s.end, from + 30), 'Person').find((x) => x.start <= from + 1);
  if (!person) return;
  // The meeting named before it in the sentence, else the body the sentence opens with, else "The
  // meeting/session …" for the passage's meeting.
  const meeting = mentionsIn(ctx, s.start, at, 'Meeting').pop();
  const opening = meeting ? undefined : openingBody(ctx, p, s);
  const body =
    meeting ??
    (opening && opening.end <= at && isChaired(ctx, opening) ? opening : undefined) ??
    (/^\W*The\s+(?:meeting|session)\b/.test(s.text)
      ? chairedBody(ctx, p, s.start + s.text.indexOf('The') + 4)
      : undefined);
  if (!body) return;
  addChaired(ctx, person.id, body.id, role(co), sourceAt(ctx, p, s.start, person.end), 'chair-verbs:under');
}
