// People written without an honorific in the few places of a sentence that
// only a person fills, as UN News, ITU and UNCTAD pages write them (the ITU
// page on the PP-22 elections, the Secretary-General's statement on the final
// report of the Open-ended working group on ICTs):
//   (a) "<Name> (<Member State>)" beside an election or a post: "elected Jane
//       Roe (USA) as a new ITU Secretary-General", "John Doe (Lithuania) was
//       elected …", "appreciation to John Doe (Singapore), Chair of the …";
//   (b) the post first, the name after its comma: "ITU Secretary-General, John
//       Doe, then gave a welcoming speech", "Chairman of the Conference, John
//       Doe opened the meeting", "APNIC Director General, Paul Wilson, has been
//       re-elected" (an APNIC blog: the post without its hyphen; so written, not
//       before "of": "Director General of Ministry of Economy and we have the
//       2019 MAG Chair, Lynn St. Amour", a transcript, names no post's holder);
//   (c) the name opening a sentence, then its post: "John Doe, Chair of the
//       Working Group, said …".
// Each name becomes a Person mention as one with an honorific does, with its
// affiliation chain, so the chair, speaker and election rules after it read it;
// a later use of the same full name in the document is the same person.
// Runs after people and titled-people (rule-order.ts RULES): a name they
// read stays theirs. bare-name-guards.ts keeps places, bodies and titles out.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsOverlapping } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { afterSpace, anchoredMatches } from './anchored-matches.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { isMemberState } from './body-kinds.ts';
import { laterUses } from './people-bare-later-uses.ts';
import { bodyBefore, CHAIR, postClaims } from './post-first-claims.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const POST = `(?:${CHAIR}|(?:Vice-)?President|Rapporteur|(?:Deputy |Assistant |Under-)?Secretary-General|(?:Deputy )?Director(?:-General| General(?!\\s+(?:of|for)\\s))|Executive Director|Executive Secretary|Director|High Commissioner|(?:Special )?Envoy|(?:Special |Senior )?Adviser|Permanent Representative|Ambassador|Minister|(?:Co-)?Facilitator|Coordinator)`;

// (a) The name, then its Member State in brackets; the State is checked against the gazetteer's mention.
const NAME_STATE = new RegExp(`(?<![\\p{L}\\p{N}.’'-])(${BARE_NAME}) \\((\\p{Lu}[^()\\n]{1,40})\\)`, 'gu');
const ELECT_BEFORE =
  /\b(?:(?:re-)?elected|appointed|nominated|designated|congratulat(?:es|ed|ing)|(?:appreciation|gratitude|thanks|tribute)\s+to)\s+$/;
// More names of the list before the post: "Jane Roe (Kenya) and John Doe (Brazil) were elected".
const LIST_REST = new RegExp(`^(?:,?\\s+(?:and\\s+)?${BARE_NAME} \\([^()\\n]{1,40}\\))*`, 'u');
const POST_AFTER = new RegExp(
  `^(?:,\\s+(?:the\\s+)?(?:newly[- ]elected\\s+|outgoing\\s+|incoming\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}?${POST}\\b|\\s+(?:was|is|were|are|has been|have been|had been|will be)\\s+(?:unanimously\\s+|duly\\s+)?(?:re-?)?(?:elected|appointed|nominated|designated|confirmed)\\b|\\s+as\\s+(?:the\\s+|a\\s+|its\\s+)?(?:new\\s+|next\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}?${POST}\\b)`,
  'u',
);

// (b) The post, perhaps "of" a body or "for" its field, then the name between commas or before its verb
// ("the Under-Secretary-General for Economic and Social Affairs, Wu Hongbo;", NETmundial's press release).
// A post written in lower case is taken only for "president of …" ("the president of the 79th UN General
// Assembly, Philemon Yang, nominated …", a blog on the WSIS+20 review): other lower-case posts are roles.
// The look-ahead of the posts' first letters lets the engine skip to them instead of trying the
// look-behind at every position (a third less time on the synthetic corpus).
// Its tail, from the comma on, is a passage's test first (a search from the commas): most have no name there.
const COMMA_NAME = `,\\s+(${BARE_NAME})(?=[ \\u00A0]*[,.;]|[ \\u00A0]+(?!and\\b|or\\b|of\\b|for\\b|in\\b)\\p{Ll})`;
const POST_NAME = new RegExp(
  `(?=[CVPRDAUSEHMFp])(?<![\\p{L}-])(${POST}|president(?=\\s+of\\s))((?:\\s+(?:of|for)\\s+(?:the\\s+)?[^,.;:\\n]{2,80}?)?)${COMMA_NAME}`,
  'gu',
);
const POST_NAME_TAIL = new RegExp(COMMA_NAME, 'u');
// What opens the sentence before the post: nothing, "The", a body ("ITU Secretary-General"), "by the".
// Or a date opening the sentence: "On April 23, 2025, the president of the General Assembly, X, …".
// Or the name of the pair before it in a list of post-name pairs: "… feature the President of Uruguay, José
// Mujica, the Executive Secretary of ECLAC, Alicia Bárcena, and …" (an ECLAC press release).
// Or a second post of the same holder after "and": "the representative of the private sector and Vice
// President of Google, Vint Cerf;" (NETmundial's press release on its opening).
const POST_LEAD =
  /(?:^|[.!?;:]\s+|\bby\s+|\s+and\s+|(?:^|[.!?;:]\s+)(?:On|In)\s+[\p{L}\d ]{3,20},?\s+\d{4},\s+|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,2},\s+(?:and\s+)?(?=the\s))(?:the\s+|The\s+)?(?:\p{Lu}[\p{L}&-]*\s+){0,3}$/u;
// A post alone then a comma is also a list's "Executive Director, Derechos Digitales" (a body): without
// "of …" the post needs "the" or a body before it ("ITU Secretary-General, Houlin Zhao, then gave …").
const THE_BEFORE = /\b[Tt]he\s+$/;

// (c) The name opens a sentence, then its post "of"/"at"/"for" something. An opening phrase of time or
// occasion may come first: "In her letter of 3 May, Jane Roe, President of the General Assembly, has
// appointed …" (a newsletter on the Assembly's processes), its comma at times typed before a space
// ("Jane Roe ,President of …").
// Its tail, from the comma on, is a passage's test first: the name is tried at every sentence's start.
const COMMA_POST = `,\\s*(?:the\\s+)?(?:${POST})\\s+(?:of|at|for)\\b`;
const NAME_POST = new RegExp(
  `(?:^|(?<=[.!?]\\s)|(?<=(?:^|[.!?]\\s)(?:In|On|At|During|Following|After|By|With|Through)\\s[^,.;:\\n]{1,60},\\s))(${BARE_NAME})\\s?${COMMA_POST}`,
  'gmu',
);
const NAME_POST_TAIL = new RegExp(COMMA_POST, 'u');

// (d) The name opens a sentence or a bullet, then its election to a post: "• Peter Major was elected as
// chair of the 19th CSTD session." (a Digital Watch account of the CSTD's eighteenth session).
// Sticky, tried only after a space in the ten words before each "elected" (anchored-matches.ts: a bullet,
// the name's five, "has been", "unanimously", and the line's leading spaces before them all).
const NAME_ELECTED = new RegExp(
  `(?:^[ \\t]*(?:[•*–-][ \\t]+)?|(?<=[.!?]\\s))(${BARE_NAME})\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:unanimously\\s+|duly\\s+)?(?:re-?)?elected\\s+(?:as\\s+)?(?:the\\s+|its\\s+)?(?:new\\s+)?(?:${POST}|(?:vice-|co-)?chair(?:man|person)?|rapporteur|president)\\b`,
  'muy',
);
const ELECTED = /elected/g;
const ELECTED_WORDS = 10;

const WORDS = triggerWords([
  'chair',
  'elect',
  'appoint',
  'president',
  'secretary',
  'director',
  'rapporteur',
  'representative',
  'ambassador',
  'minister',
  'envoy',
  'adviser',
  'facilitator',
  'coordinator',
  'commissioner',
]);

/** The Person of a strong bare name at `start`; a first word that fails ("Congratulates Jane Roe") is dropped. */
function person(
  ctx: DocContext,
  p: Passage,
  name: string,
  start: number,
  rule: string,
  trim = false,
): { id: string; name: string } | undefined {
  if (!strongBareName(ctx, name, start)) {
    const space = name.search(/[ \u00A0]/);
    const rest = name.slice(space).trimStart();
    if (!trim || !/[ \u00A0]/.test(rest)) return undefined;
    return person(ctx, p, rest, start + name.length - rest.length, rule);
  }
  const m = addBarePerson(ctx, p, name, start, rule);
  affiliationClaims(ctx, p, m.id, m.end);
  return { id: m.id, name };
}

/** (a) "<Name> (<Member State>)" beside an election or a post. */
function nameState(ctx: DocContext, p: Passage, found: Map<string, string>): void {
  for (const m of matchesOf(NAME_STATE, p.text)) {
    const start = p.start + m.index;
    const stateAt = start + m[0].length - m[2]!.length - 1;
    const state = mentionsOverlapping(ctx, stateAt, stateAt + 1).find(
      (x) => x.start === stateAt && x.end === stateAt + m[2]!.length && isMemberState(ctx, x.id),
    );
    if (!state) continue;
    const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 300);
    const rest = after.slice(LIST_REST.exec(after)![0].length);
    const before = p.text.slice(Math.max(0, m.index - 40), m.index);
    if (!ELECT_BEFORE.test(before) && !POST_AFTER.test(rest)) continue;
    const got = person(ctx, p, m[1]!, start, 'people-bare:state', true);
    if (got) found.set(got.name, got.id);
  }
}

/** (b) The post first, the name after its comma. */
function postFirst(ctx: DocContext, p: Passage, found: Map<string, string>): void {
  for (const m of matchesOf(POST_NAME, p.text)) {
    if (!POST_LEAD.test(p.text.slice(0, m.index))) continue;
    const postAt = p.start + m.index;
    if (!m[2] && !THE_BEFORE.test(p.text.slice(0, m.index)) && !bodyBefore(ctx, postAt)) continue;
    const nameAt = postAt + m[0].length - m[3]!.length;
    const got = person(ctx, p, m[3]!, nameAt, 'people-bare:post-first');
    if (!got) continue;
    found.set(got.name, got.id);
    const post = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
    postClaims(ctx, p, got.id, post, postAt, postAt + m[1]!.length + m[2]!.length, nameAt + m[3]!.length);
  }
}

export function peopleBareAppositionRule(ctx: DocContext): void {
  const found = new Map<string, string>();
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    // (a) needs " (" after the name: most passages have none, and the name pattern is tried at every capital.
    if (p.text.includes(' (')) nameState(ctx, p, found);
    // (b) and (c) need their tails, from the comma on: a search from the commas finds none in most passages.
    if (POST_NAME_TAIL.test(p.text)) postFirst(ctx, p, found);
    if (NAME_POST_TAIL.test(p.text))
      for (const m of matchesOf(NAME_POST, p.text)) {
        const got = person(ctx, p, m[1]!, p.start + m.index, 'people-bare:name-first', true);
        if (got) found.set(got.name, got.id);
      }
    for (const m of anchoredMatches(NAME_ELECTED, ELECTED, p.text, ELECTED_WORDS, afterSpace)) {
      const at = p.start + m.index + m[0].indexOf(m[1]!);
      const got = person(ctx, p, m[1]!, at, 'people-bare:elected', true);
      if (got) found.set(got.name, got.id);
    }
  }
  if (found.size > 0) laterUses(ctx, found);
}
