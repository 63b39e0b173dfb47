// A body's roster as appointment notices write it (MODEL.md MEMBER_OF):
//   "… the complete, inaugural Panel is as follows:" then one line per member
//   ("· Mr. A, <State>"), or "The members of the Leadership Panel are Mr. A
//   from <State>, Ms. B from <State> and …", "the other ex-officio members are …",
//   "The Panel also consists of five ex-officio members: …, Mr. A.".
// The body is the one named ("the Leadership Panel"), or the last body the text
// named whose name ends in the noun used ("the Panel" after "IGF Leadership Panel").
// Only people are read as members here: a roster of States is member-lists' "composed of".
// Each quote runs from the words announcing the members to the member (MODEL.md Provenance).

import { MAX_QUOTE_LENGTH, type Source } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import {
  addEdge,
  type DocContext,
  indexOfPassage,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  mentionsOverlapping,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { rosterHeads, rosterLines } from './member-rosters-lines.ts';
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

/**
 * The member's quote must show the membership: it runs from the words announcing the members ("the other
 * ex-officio members are", at `start`) to the name. A roster sentence longer than one quote ("The members of
 * the Leadership Panel are Mr. A from <State>, …, and Mr. J from <State>.", ten names, an IGF Leadership
 * Panel notice) is quoted in pieces that follow each other, each cut after a comma of the list: together
 * they are the sentence from the announcing words to the member, word for word. A name further than
 * ROSTER_PIECES quotes is left out, and so is one that no comma brings within reach: "Mr. Paul Example,
 * the MAG Chair." alone does not say he is a member.
 */
const ROSTER_PIECES = 3;

function member(ctx: DocContext, person: Mention, body: Mention, start: number): void {
  const text = ctx.doc.text;
  const p = person.passage;
  let from = start;
  const pieces: Source[] = [];
  while (person.end - from > MAX_QUOTE_LENGTH) {
    const cut = text.lastIndexOf(',', from + MAX_QUOTE_LENGTH - 1);
    if (cut <= from || cut >= person.start || pieces.length + 1 >= ROSTER_PIECES) return;
    pieces.push({ document: ctx.info.id, locator: p.locator, quote: text.slice(from, cut + 1).trim() });
    from = cut + 1;
  }
  if (pieces.length === 0) {
    const source = sourceAt(ctx, p, start, person.end);
    addEdge(ctx, { type: 'MEMBER_OF', from: person.id, to: body.id, source }, 'member-rosters');
    return;
  }
  pieces.push({ document: ctx.info.id, locator: p.locator, quote: text.slice(from, person.end).trim() });
  for (const source of pieces)
    addEdge(ctx, { type: 'MEMBER_OF', from: person.id, to: body.id, source }, 'member-rosters');
}

export function memberRostersRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p, false)) {
      const follows = AS_FOLLOWS.exec(s.text);
      if (follows) {
        const at = s.start + follows.index;
        const body = bodyBefore(ctx, at + follows[1]!.length, follows[1]!);
        if (body) rosterLines(ctx, p, body, rosterHeads(s, follows.index));
      }
      for (const m of matchesOf(MEMBERS_ARE, s.text)) {
        const at = s.start + m.index;
        const after = at + m[0].length;
        const named = m[1]
          ? mentionsIn(ctx, at, after)
              .filter((x) => GROUPS.has(x.type))
              .pop()
          : undefined;
        // "Others members of the panel are Vint Example from …" (a newspaper's copy of the notice): the
        // body's common noun in lower case refers back to the body as its capitalised form does.
        const word = m[1] ? /(\w+)\s*$/.exec(m[1])?.[1] : undefined;
        const noun = word ? word[0]!.toUpperCase() + word.slice(1) : undefined;
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
      consistsOf(ctx, p, s);
    }
  }
}

// "The Panel also consists of five ex-officio members: senior representatives of …, as well as the
// Secretary-General's Envoy on Technology, Mr. A." (IGF Leadership Panel notice): the people the list names,
// each after a comma, a colon, a semicolon or "and", are members of the body its subject refers to.
const CONSISTS =
  /\b(?:consists|is composed|comprises)\s+(?:also\s+)?(?:of\s+)?(?:\w+\s+)?(?:ex[- ]officio\s+)?members\s*:/;
const LISTED = /(?:[:;,]|\band|\bas well as)\s*$/;

function consistsOf(
  ctx: DocContext,
  p: Passage,
  s: { readonly start: number; readonly end: number; readonly text: string },
): void {
  const c = CONSISTS.exec(s.text);
  if (!c) return;
  const at = s.start + c.index;
  const body = bodyReferredTo(ctx, p, at);
  if (!body) return;
  for (const x of mentionsIn(ctx, at + c[0].length, s.end, 'Person'))
    if (LISTED.test(ctx.doc.text.slice(Math.max(s.start, x.start - 12), x.start)))
      member(ctx, x, body, s.start);
}
