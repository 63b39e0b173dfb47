// Elections written with the body as subject (issue 3, item 3: who chaired what), as CSTD session
// reports open their "Election of officers" paragraphs: "At its 1st meeting, the Commission elected
// Mr. X (Member State) as its Chair", "… elected Ms. Y as its Chair by acclamation", "… elected Ms. Y
// Chair of its twenty-second session". "its Chair" is the electing body's; "Chair of <body or
// session>" is that one's; "Mr. X (Austria) as Chair, and Ms. Y (Chile) and Mr. Z (Kenya) as
// Vice-Chairs" gives each group of names its post. The passive forms ("X was elected Chair of …") are rules/roles.ts.

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  type Mention,
  mentionsIn,
  mentionsStartingIn,
  type Sentence,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { bodyOf, isMemberState } from './body-kinds.ts';
import { sessionFor } from './chair-session.ts';
import { listedHolders } from './chair-titles.ts';
import { addChaired } from './chaired-claim.ts';
import { bodyAfter, roleName, stripHonorific } from './roles.ts';
import { subjectBody } from './subject-body.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const ELECTED = /\belected\s+(?:by\s+acclamation\s+|unanimously\s+)?/g;
// After the name: its Member State in brackets, then the post ("as its Chair", "Chair of its …").
const POST =
  /^\s*(?:\([^()\n]{1,60}\)\s*)?,?\s*(?:as\s+)?(?:(its)\s+|the\s+)?((?:Acting |Vice[- ]|Co-)?Chair(?:man|person|woman|men|persons|women|s)?)\b(?![-\w])(\s+of\s+(?:the\s+|its\s+)?)?/;
const PLURAL = /(?:s|men|persons|women)$/;
// A page on a group of experts writes the State after "of" and the post as a verb: "The Group has elected
// Ambassador X of Brazil to Chair the Group" (the GGE 2019–2021). The State is skipped; "to chair the <body>"
// names the body chaired.
const OF_STATE = /^\s+of\s+(?:the\s+)?/;
const TO_CHAIR = /^\s*to\s+((?:Vice[- ]|Co-)?[Cc]hair)\s+the\s+/;
// After a post, the next names and their post: ", and Ms. Y (Chile) and Mr. Z (Kenya) as Vice-Chairs".
const NEXT_POST = /^(?:\s+by\s+acclamation)?\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)/;
// Between the subject and the verb: an acronym in brackets, an adverb ("The Commission then elected").
const SUBJECT_TO_VERB = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?:also|then|further|unanimously)\s+)?$/;
const PRONOUN = /(?:^|[\s,])(?:It|it)\s+(?:(?:also|then)\s+)?$/;

const isElector = bodyOf('WorkingGroup', 'Organization');

/** The body that elects: named right before the verb, or "It" for the body the sentences before are about. */
function elector(ctx: DocContext, p: Passage, from: number, at: number): Mention | undefined {
  const named = mentionsIn(ctx, from, at)
    .filter((m) => isElector(ctx, m))
    .pop();
  if (named && SUBJECT_TO_VERB.test(ctx.doc.text.slice(named.end, at))) return named;
  return PRONOUN.test(ctx.doc.text.slice(from, at)) ? subjectBody(ctx, p, from) : undefined;
}

// The words both tests below need, in any case (trigger-words.ts): a few bit tests before two reads of the passage.
const ELECTED_WORDS = triggerWords(['elected']);
const HAIR_WORDS = triggerWords(['hair']);

export function chairElectionsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, ELECTED_WORDS) || !hasTrigger(p, HAIR_WORDS)) continue;
    if (!p.text.includes('elected') || !p.text.includes('hair')) continue;
    for (const s of sentences(p)) {
      for (const m of matchesOf(ELECTED, s.text)) elected(ctx, p, s, s.start + m.index, m[0].length);
    }
  }
}

/**
 * The people elected from the verb on, one post after another: "elected Mr. X (Austria) as Chair, and
 * Ms. Y (Chile) and Mr. Z (Kenya) as Vice-Chairs" (each group of names, then its post).
 */
function elected(ctx: DocContext, p: Passage, s: Sentence, at: number, length: number): void {
  const text = ctx.doc.text;
  let from = at + length;
  for (;;) {
    // The name right there (its honorific may be left out of the mention).
    const first = mentionsStartingIn(ctx, from, Math.min(s.end, from + 25)).find(
      (x) => x.type === 'Person' && x.end <= s.end && stripHonorific(text.slice(from - 1, x.start)) === ' ',
    );
    if (!first) return;
    const people = listedHolders(ctx, first, s.end);
    const last = people[people.length - 1]!;
    const to = toChair(ctx, p, people, last.end, s.end, at);
    if (to) return;
    const post = POST.exec(text.slice(last.end, s.end));
    if (!post || (people.length > 1 && !PLURAL.test(post[2]!))) return;
    const postEnd = last.end + post[0].length;
    // "Chair of the Working Group", "Chair of its twenty-second session": the body or session named;
    // "its Chair", "as Chair": the electing body's.
    const named = post[3] ? bodyAfter(ctx, postEnd) : elector(ctx, p, s.start, at);
    if (!named || named.end > s.end) return;
    const session = sessionFor(ctx, post[3] ? named.end : postEnd, s.end);
    const body = session ?? named;
    const end = session ? session.end : post[3] ? named.end : postEnd;
    for (const person of people)
      addChaired(
        ctx,
        person.id,
        body.id,
        roleName(post[2]!),
        sourceAt(ctx, p, Math.min(at, body.start), Math.max(end, person.end)),
        'chair-elections',
      );
    const next = NEXT_POST.exec(text.slice(end, s.end));
    if (!next) return;
    from = end + next[0].length;
  }
}

/**
 * "elected Ambassador X of Brazil to Chair the Group": the one person named, the State after "of" skipped, then
 * "to chair the <body>". True when the words after the name are so read (a CHAIRED made or not).
 */
function toChair(
  ctx: DocContext,
  p: Passage,
  people: Mention[],
  from: number,
  end: number,
  at: number,
): boolean {
  const text = ctx.doc.text;
  let after = from;
  const of = OF_STATE.exec(text.slice(after, end));
  if (of) {
    const state = mentionsStartingIn(ctx, after + of[0].length, after + of[0].length).find((m) =>
      isMemberState(ctx, m.id),
    );
    if (!state) return false;
    after = state.end;
  }
  const to = TO_CHAIR.exec(text.slice(after, end));
  if (!to || people.length !== 1) return false;
  const body = bodyAfter(ctx, after + to[0].length);
  if (!body || body.end > end || isMemberState(ctx, body.id)) return true;
  addChaired(
    ctx,
    people[0]!.id,
    body.id,
    roleName(to[1]!),
    sourceAt(ctx, p, Math.min(at, people[0]!.start), body.end),
    'chair-elections:to-chair',
  );
  return true;
}
