// A national or regional initiative named after a process ("India Internet Governance Forum 2021", "the
// Kenya IGF", "West African IGF 2019", "Youth IGF"): its own forum, not the process, nor the process's
// annual edition (meetings-lists.ts). IGF texts name these National and Regional IGF Initiatives (NRIs)
// beside the Forum itself.

import { type DocContext, mentionsOverlapping } from '../context.ts';
import { isMemberState } from './body-kinds.ts';

// A qualifier, or a nationality ("Armenian IGF", "German IGF", "Japanese IGF").
const LOCAL_BEFORE =
  /\b(?:National|Regional|Sub-?regional|Youth|Parliamentary|African|Arab|Asia[- ]Pacific|European|Caribbean|Latin American|Pacific|Commonwealth|North American|Central Asian|\p{Lu}\p{Ll}+(?:ian|an|ese|ish))\s+$/u;

// The acronym a local forum's name gives itself in brackets is that forum's too: "to establish the Arab
// Internet Governance Forum (IGF)" (ESCWA news on the Arab IGF, 2012) names no global Forum; nor do many
// such forums: "operate their national Internet Governance Forums (IGF)" (a WAIGF communiqué).
const BRACKETED_AFTER = /(?:Internet Governance Forums?|IGFs?)\s*\(\s*$/;

// A body named as a local forum's: "the first meeting of the Multistakeholder Advisory Group (MAG) of the
// Arab Internet Governance Forum (Arab IGF)" (ESCWA news, 2012) is the Arab IGF's group, not the IGF MAG.
const OF_FORUM =
  /^\)?\s*(?:\([A-Z][\w-]{1,10}\)\s*)?of\s+the\s+(?:[\p{L}-]+\s+){1,3}?(?=(?:Internet Governance Forum|IGF)\b)/u;

// A region's own name, and the qualifiers in a heading's capitals: "Fourth Session of West Africa Internet
// Governance Forum", "13th West Africa Internet Governance Forum (WAIGF)" (ECOWAS), "7TH WEST AFRICAN INTERNET
// GOVERNANCE FORUM" (WAIGF communiqués), "operate their national Internet Governance Forums (IGF)". Not the
// nationality pattern (its capitals say it is a name).
const REGION_BEFORE =
  /\b(?:(?:West|East|Southern|Central|North|South)\s+Africa|Africa|Asia[- ]Pacific|Latin America|Europe|national|regional|sub-?regional|youth|NATIONAL|REGIONAL|YOUTH|(?:WEST|EAST|SOUTHERN|CENTRAL)\s+AFRICAN?|AFRICAN|ARAB|ASIA[- ]PACIFIC|EUROPEAN|CARIBBEAN|LATIN AMERICAN)\s+$/;

// A Member State's name joined by a hyphen after the forum's: "the 2016 Internet Governance Forum-USA (IGF-USA)"
// (an ICANN blog on the US national IGF), "From the IGF-USA, it was asked …" (an NRIs virtual meeting's summary).
const FORUM_NAMES = ['IGF', 'Internet Governance Forum'] as const;
const HYPHEN_WORD = /^[-‐‑](\p{Lu}[\p{L}.]*)/u;

/** Whether the name at `m` is a local initiative's: a qualifier or a Member State's name right before it. */
export function localInitiative(ctx: DocContext, m: { start: number }): boolean {
  const before = ctx.doc.text.slice(Math.max(0, m.start - 24), m.start);
  if (LOCAL_BEFORE.test(before) || REGION_BEFORE.test(before)) return true;
  if (hyphenedState(ctx, m.start)) return true;
  const wider = ctx.doc.text.slice(Math.max(0, m.start - 40), m.start);
  const bracket = BRACKETED_AFTER.exec(wider);
  if (bracket) {
    const at = m.start - wider.length + bracket.index;
    if (localInitiative(ctx, { start: at })) return true;
  }
  // A Member State's name right before it ("India Internet Governance Forum", "Nigeria IGF").
  return mentionsOverlapping(ctx, m.start - 2, m.start - 1).some(
    (x) => x.end >= m.start - 1 && isMemberState(ctx, x.id),
  );
}

/**
 * Whether the body `id` named up to `end` is a local forum's: "… Advisory Group (MAG) of the Arab IGF"; and
 * once it was, its bare acronym later in the document ("the participation of the MAG members") is that
 * forum's body too, not the global one's.
 */
export function ofLocalForum(ctx: DocContext, id: string, end: number, acronym: boolean): boolean {
  if (acronym && ctx.state.has(LOCAL_BODY + id)) return true;
  const of = OF_FORUM.exec(ctx.doc.text.slice(end, end + 80));
  if (of === null || !localInitiative(ctx, { start: end + of[0].length })) return false;
  markLocalForumBody(ctx, id);
  return true;
}

const LOCAL_BODY = 'localForumBody:';

/** Records that the document named the Forum's body `id` as a local forum's: its bare acronym is that one's. */
export function markLocalForumBody(ctx: DocContext, id: string): void {
  ctx.state.set(LOCAL_BODY + id, '1');
}

/** Whether the forum's name at `start` goes on, after a hyphen, into a Member State's name ("IGF-USA"). */
function hyphenedState(ctx: DocContext, start: number): boolean {
  const text = ctx.doc.text;
  const name = FORUM_NAMES.find((n) => text.startsWith(n, start));
  // Most names are followed by a space: the hyphen is tested before anything is copied.
  if (name === undefined || !'-‐‑'.includes(text.charAt(start + name.length) || ' ')) return false;
  const word = HYPHEN_WORD.exec(text.slice(start + name.length, start + name.length + 40))?.[1];
  if (word === undefined) return false;
  return ctx.gazetteer
    .matchType(word, 'Organization')
    .some((x) => x.start === 0 && x.end === word.length && x.entry.kind === 'member-state');
}
