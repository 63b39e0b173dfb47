// A body's roster as appointment notices write it (MODEL.md MEMBER_OF):
//   "… the complete, inaugural Panel is as follows:" then one line per member
//   ("· Mr. A, <State>"), or "The members of the Leadership Panel are Mr. A
//   from <State>, Ms. B from <State> and …", "the other ex-officio members are …".
// The body is the one named ("the Leadership Panel"), or the last body the text
// named whose name ends in the noun used ("the Panel" after "IGF Leadership Panel").
// Only people are read as members here: a roster of States is member-lists' "composed of".

import type { Passage } from '../../types.ts';
import {
  addEdge,
  type DocContext,
  indexOfPassage,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  mentionsOverlapping,
  mentionsStartingIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['as follows', 'members']);
const NOUN = 'Panel|Group|Board|Committee|Bureau|Council|Commission';
// "<the …> Panel is as follows:" (a list follows), "the members of <the X> are", "<the X>'s members are".
const AS_FOLLOWS = new RegExp(`\\b(${NOUN})\\s+(?:is|are|was|were|will be)\\s+as follows\\s*:?\\s*$`);
const MEMBERS_ARE =
  /\b(?:the\s+)?(?:other\s+)?(?:ex[- ]officio\s+)?members(?:\s+of\s+(?:the\s+)?([^,;:.]{2,80}?))?\s+(?:are|were|include)\s+/g;
const GROUPS = new Set(['Organization', 'WorkingGroup']);
const BODY_NOUN = new RegExp(`(?:${NOUN})$`);

/** The body a noun refers back to: the last one named before `at` whose name ends in that noun (any NOUN). */
function bodyBefore(ctx: DocContext, at: number, noun?: string): Mention | undefined {
  return lastMentionBefore(
    ctx,
    at,
    (m) => GROUPS.has(m.type) && (noun ? m.name.endsWith(noun) : BODY_NOUN.test(m.name)),
  );
}

// "The Panel", "the Group": a body referred to by its common noun, outside any name.
const ANAPHOR = new RegExp(`^[Tt]he\\s+(?:${NOUN})$`);
const BARE_NOUN = new RegExp(`\\b[Tt]he\\s+(?:[\\w-]+\\s+){0,2}?(${NOUN})\\b`, 'g');

/**
 * "the other ex-officio members are …" names no body: the body the text last called by its common noun
 * ("The Panel also consists of …") in this passage or the two before, resolved to the body of that noun.
 */
function bodyReferredTo(ctx: DocContext, p: Passage, at: number): Mention | undefined {
  const i = indexOfPassage(ctx, p);
  for (let k = i; k >= Math.max(0, i - 2); k--) {
    const q = ctx.passages[k]!;
    const upTo = k === i ? at - q.start : q.text.length;
    // Outside any name, or resolved already as an anaphor ("the Panel": gazetteer-mentions.ts).
    const nouns = matchesOf(BARE_NOUN, q.text.slice(0, upTo))
      .map((n) => {
        const end = q.start + n.index + n[0].length;
        return { n, over: mentionsOverlapping(ctx, end - 1, end) };
      })
      .filter(({ over }) => over.every((x) => ANAPHOR.test(x.surface)));
    const last = nouns.pop();
    if (last)
      return (
        last.over.find((x) => GROUPS.has(x.type)) ??
        bodyBefore(ctx, q.start + last.n.index + last.n[0].length, last.n[1])
      );
  }
  return undefined;
}

function member(ctx: DocContext, person: Mention, body: Mention, start: number, p = person.passage): void {
  addEdge(
    ctx,
    {
      type: 'MEMBER_OF',
      from: person.id,
      to: body.id,
      // The words announcing the list when they fit in one quote with the member, else the member's own.
      source: sourceAt(ctx, p, person.start - start > 200 ? person.start : start, person.end),
    },
    'member-rosters',
  );
}

export function memberRostersRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p, false)) {
      const follows = AS_FOLLOWS.exec(s.text);
      if (follows) {
        const at = s.start + follows.index;
        const body = bodyBefore(ctx, at + follows[1]!.length, follows[1]!);
        if (body) rosterLines(ctx, p, body);
      }
      for (const m of matchesOf(MEMBERS_ARE, s.text)) {
        const at = s.start + m.index;
        const after = at + m[0].length;
        const named = m[1]
          ? mentionsIn(ctx, at, after)
              .filter((x) => GROUPS.has(x.type))
              .pop()
          : undefined;
        const noun = m[1] ? /(\w+)\s*$/.exec(m[1])?.[1] : undefined;
        const body =
          named ??
          (noun && BODY_NOUN.test(noun) ? bodyBefore(ctx, at, noun) : undefined) ??
          (m[1] ? undefined : bodyReferredTo(ctx, p, at));
        if (!body) continue;
        // The people listed right after the verb, up to the end of the sentence.
        const people = mentionsIn(ctx, after, s.end).filter((x) => x.type === 'Person');
        if (people.length === 0 || people[0]!.start > after + 12) continue;
        for (const x of people) member(ctx, x, body, at);
      }
    }
  }
}

/** One member a line: the passages after the announcing one, while each starts with a person. */
function rosterLines(ctx: DocContext, p: { start: number }, body: Mention): void {
  const i = indexOfPassage(ctx, p as (typeof ctx.passages)[number]);
  for (let k = i + 1; k < ctx.passages.length; k++) {
    const q = ctx.passages[k]!;
    const lead = /^[\s·•\-*–]*(?:\d+[.)]\s*)?/.exec(q.text)![0].length;
    // "· H.E. Mr. A": the person's mention may start at the honorific or after it.
    const person = mentionsStartingIn(ctx, q.start, q.start + lead + 6).find((x) => x.type === 'Person');
    if (!person) break;
    member(ctx, person, body, person.start, q);
  }
}
