// Chair-type roles given as a title beside a name rather than as an election
// (issue 3, item 3: "who chaired what"). Three general forms, each seen in the
// CSTD's and the IGF's own notices:
//   - after the body: "a message from the Chair of the Working Group on
//     Enhanced Cooperation, Ambassador Benedicto Fonseca Filho";
//   - after the name: "Mr. Peter Major, Chairman of the CSTD, invites …";
//   - as a capacity: "Ms. Lynn St. Amour moderated the meeting as Chair of the MAG";
//   - before the name, the body as attribute: "CWG-Internet Chairman Mr. Majed Al-Mazyed" (ITU Council
//     working group reports), or in a group's own report the bare title: "thanked Vice-Chairman,
//     Mr. Charles Semapondo, for accepting to chair the meeting" (the group the report is about).
// The body must be named right after "Chair of (the)"; a Member State is
// never the body ("the Chair of Brazil" is not a role in a body).

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
import { isMemberState } from './body-kinds.ts';
import { bodyGoesOn } from './chair-body-goes-on.ts';
import { bareCapacityHolder } from './chair-in-capacity.ts';
import { postHeldIn } from './chair-session.ts';
import { thisMeeting } from './chair-this-meeting.ts';
import { bodyAt } from './chair-title-body.ts';
import { addChaired } from './chaired-claim.ts';
import { postOfNameBefore } from './post-of-name-before.ts';
import { isBody, roleName } from './roles.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// In lower case too: transcripts and news write "the chair of the Multistakeholder Advisory Group, Ms. X" and
// "Mr. X, vice-chair of the Commission"; the holder must still stand in one of the forms below.
/** A chair-type post, in either case: "Chair", "vice-chair", "Acting Chairman", "Co-Chairperson". */
export const CHAIR_POST = String.raw`(?:[Aa]cting\s+|[Vv]ice[- ]|[Cc]o-)?[Cc]hair(?:man|person|woman)?`;
const TITLE = new RegExp(String.raw`\b(${CHAIR_POST})\s+of\s+(?:the\s+)?`, 'g');
/** Between the body and the name: an acronym in brackets, then a comma. */
const BODY_TO_NAME = /^(?:\s*\([^()\n]{1,40}\))?\s*,\s*/;
/**
 * Between the name and the title: a comma, maybe "the" ("Mr. X, the Chair of …"); in UN reports and
 * summary records the Member State in brackets first ("Mr. X (Austria), Vice-Chair of the Commission, …").
 */
// The title may say when the person holds it: "Ms. X, outgoing Chair of the Multistakeholder Advisory Group"
// (the Secretary-General thanking the predecessor in an appointment notice), "Mr. Y, former Chair of …".
// A web report may drop the comma, "the" then marking the apposition: "Before the debate, Ms X the Chair of the
// MAG, praised …" (an IGF session write-up).
// Or a relative clause: "Ambassador X, who is currently the chair of the United Nations Group of Governmental
// Experts on …" (a news item on the CCW expert group on autonomous weapons), "Mr. Y, who was the Chair of …".
const NAME_TO_TITLE =
  /^(?:\s*(?:\([^()\n]{1,60}\)\s*)?,\s*(?:who\s+(?:is|was|has\s+been)\s+(?:(?:currently|now|then|also)\s+)?)?(?:the\s+)?|[^\S\n]+the\s+)(?:(?:outgoing|incoming|former|current|then|retiring)\s+)?$/;
// Or a first post joined by "and": "Mr. Muhammadou M.O. Kah, Permanent Representative of the Gambia and Chair
// of this session" (the CSTD 2024–2025 inter-sessional panel's opening statement).
// The first post's body may carry its acronym: "Patrick Nyirishema, Director General of the Rwanda Utilities
// Regulatory Authority (RURA) and Chairman of the RPM, presented the final draft report" (ITU news, 2016).
const NAME_POST_AND = /^\s*,\s*(?:the\s+)?[^,;()\n]{1,80}?(?:\s*\([A-Z][\w-]{1,10}\))?\s+and\s+(?:the\s+)?$/;
/**
 * Right before the title: a capacity ("as Chair of", "in her capacity as Chair of"), also as the
 * Secretary-General's appointment notices write it: "appointed Ms. X of South Africa as the new Chair of
 * …", "appointed Mr. X of Latvia to be the Chair of the Multi-stakeholder Advisory Group" (SG/A/1471).
 */
const CAPACITY = /\bas\s+(?:(?:the|its|his|her|their)\s+)?(?:(?:new|next|first|inaugural|incoming)\s+)?$/;
// "to be the Chair" only right after the name (and its State): "said that to be the Chair of … is an honour"
// names no holder.
const TO_BE_AFTER_NAME =
  /^(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}’' -]{0,40}?)?\s+to\s+be\s+(?:(?:the|its)\s+)?(?:(?:new|next|first)\s+)?$/u;

const isPerson = (m: Mention): boolean => m.type === 'Person';
/** A title written without "of": a name must follow it directly (after a comma at most). */
const BARE_TITLE =
  /\b((?:Acting\s+|Vice[- ]|Co-)?Chair(?:man|person|woman|men|persons|women|s)?)(?!\s+of\b)[^\S\n]*,?[^\S\n]*/g;
// After a plural title, the next holder: past "from <Member State>" or a bracket, a comma or "and"
// ("thanked Vice-Chairmen Mr. X from Russian Federation, Mr. Y from Rwanda and Mr. Z from India", ITU
// CWG-Internet meeting reports).
const NEXT_HOLDER =
  /^(?:\s+from\s+(?:the\s+)?\p{Lu}[^,;()\n]{0,40}?|\s*\([^()\n]{1,60}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/** The person the title belongs to, by the three forms above, within the sentence [from, to). */
function holder(ctx: DocContext, at: number, body: Mention, from: number, to: number): Mention | undefined {
  const text = ctx.doc.text;
  const before = lastMentionBefore(ctx, at, isPerson, from);
  // After the name first: in a list of addressees ("Ambassador X, Chair of the Commission,\nMs. Y,
  // Secretary-General of ITU,", the CSTD 26th session's opening statement) the title is X's, never Y's.
  if (
    before &&
    (NAME_TO_TITLE.test(text.slice(before.end, at)) ||
      NAME_POST_AND.test(text.slice(before.end, at)) ||
      postOfNameBefore(text.slice(before.end, at)))
  )
    return before;
  // After the body: the name follows the body (and its bracketed acronym) after a comma.
  const tail = text.slice(body.end, Math.min(to, body.end + 60));
  const comma = BODY_TO_NAME.exec(tail);
  if (comma) {
    const next = mentionsStartingIn(ctx, body.end + comma[0].length, body.end + comma[0].length).find(
      isPerson,
    );
    if (next && next.end <= to) return next;
  }
  if (!before) return undefined;
  // As a capacity: the last person named before it in the sentence.
  if (CAPACITY.test(text.slice(Math.max(from, at - 40), at))) return before;
  if (TO_BE_AFTER_NAME.test(text.slice(before.end, at))) return before;
  return undefined;
}

// The word both expressions need, in any case (trigger-words.ts), before its two cases as written.
const CHAIR_WORDS = triggerWords(['chair']);

export function chairTitlesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, CHAIR_WORDS) || (!p.text.includes('Chair') && !p.text.includes('chair'))) continue;
    for (const s of sentences(p)) {
      for (const m of matchesOf(TITLE, s.text)) {
        const at = s.start + m.index;
        const body = bodyAt(ctx, at + m[0].length) ?? thisMeeting(ctx, p, at + m[0].length);
        if (!body || body.end > s.end || isMemberState(ctx, body.id)) continue;
        if (body.type === 'Organization' && bodyGoesOn(ctx.doc.text.slice(body.end, body.end + 40))) continue;
        const person = holder(ctx, at, body, s.start, s.end);
        if (!person) continue;
        addChaired(
          ctx,
          person.id,
          postHeldIn(ctx, body),
          roleName(m[1]!),
          sourceAt(ctx, p, Math.min(person.start, at), Math.max(person.end, body.end)),
          'chair-titles',
        );
      }
      for (const m of matchesOf(BARE_TITLE, s.text)) bareTitle(ctx, p, s, m);
    }
  }
}

/** "CWG-Internet Chairman Mr. X": the body right before the title; a bare "Vice-Chairman, Mr. X" is the group's. */
function bareTitle(
  ctx: DocContext,
  p: DocContext['passages'][number],
  s: { start: number; end: number },
  m: RegExpMatchArray,
): void {
  const at = s.start + m.index!;
  const nameAt = at + m[0].length;
  const text = ctx.doc.text;
  const attribute = mentionsOverlapping(ctx, Math.max(s.start, at - 2), at).find(
    (x) => isBody(x) && x.end >= at - 1 && x.end <= at && !isMemberState(ctx, x.id),
  );
  const group = ctx.state.get('workingGroup');
  const inCapacity = !attribute && group ? bareCapacityHolder(ctx, s.start, at) : undefined;
  const person =
    mentionsStartingIn(ctx, nameAt, nameAt).find(isPerson) ??
    capacityHolder(ctx, s.start, attribute) ??
    inCapacity;
  if (!person || person.end > s.end) return;
  // Bare: after a verb or a comma, not "the Chair of Brazil, Mr. X" nor "Brazil Chair" read as a body.
  const bare =
    !attribute &&
    group &&
    (inCapacity === person ||
      /(?:^|[,;:]|\b(?:thanked|welcomed|congratulated))\s*$/.test(text.slice(s.start, at)))
      ? group
      : undefined;
  const body = attribute?.id ?? bare;
  if (!body) return;
  const holders = /(?:s|men|persons|women)$/.test(m[1]!) ? listedHolders(ctx, person, s.end) : [person];
  for (const h of holders)
    addChaired(
      ctx,
      h.id,
      body,
      roleName(m[1]!),
      sourceAt(ctx, p, attribute ? attribute.start : at, h.end),
      'chair-titles:bare',
    );
}

/**
 * "Nitin Desai, has been asked to continue as the Advisory Group Chairman" (PI/1936): the body's title as a
 * capacity, no name after it; the holder is the last person named before it in the sentence.
 */
function capacityHolder(ctx: DocContext, from: number, attribute: Mention | undefined): Mention | undefined {
  if (!attribute || !CAPACITY.test(ctx.doc.text.slice(Math.max(from, attribute.start - 40), attribute.start)))
    return undefined;
  return lastMentionBefore(ctx, attribute.start, isPerson, from);
}

/** The holders a plural title lists, from the first one on (also after "elected", rules/chair-elections.ts). */
export function listedHolders(ctx: DocContext, first: Mention, to: number): Mention[] {
  const out = [first];
  for (;;) {
    const last = out[out.length - 1]!;
    const next = mentionsStartingIn(ctx, last.end + 1, Math.min(to, last.end + 60)).find(
      (x) => isPerson(x) && x.end <= to && NEXT_HOLDER.test(ctx.doc.text.slice(last.end, x.start)),
    );
    if (!next) return out;
    out.push(next);
  }
}
