// The meeting a passage reports on: the meeting named in the document's title,
// switched by a heading that starts with a meeting's name (an annexed Chair's
// summary of another meeting). Used for speakers and delegations.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsIn } from '../context.ts';

// A comma too: a body's name before its gathering ("Commission on Science and Technology for Development,
// 2024-2025 Inter-sessional Panel", a statement's heading).
const TITLE_LIKE = /^[\s#*]*(?:[IVX]+\.\s*)?(?:Report on|Summary of|Notification)?[\s\w(),–-]*$/i;

/** Where the current meeting changes: [passage start, meeting id], computed once per set of Meeting mentions. */
const switchesCache = new WeakMap<DocContext, { n: number; switches: [number, string][]; sorted: boolean }>();

function switches(ctx: DocContext): { switches: [number, string][]; sorted: boolean } {
  const c = switchesCache.get(ctx);
  if (c && c.n === ctx.mentions.length) return c;
  // Only Meeting mentions decide the switches: mentions of other types added since leave them as they were.
  if (c && !hasMeeting(ctx, c.n)) {
    c.n = ctx.mentions.length;
    return c;
  }
  const out: [number, string][] = [];
  let current: string | undefined;
  for (const q of ctx.passages) {
    if (q.kind !== 'heading' && q.kind !== 'slide') continue;
    const inHeading = mentionsIn(ctx, q.start, q.end, 'Meeting');
    // "IGF 2017 Second Open Consultations and MAG Meeting": the edition runs into the name of the
    // gathering held in its year, and that gathering is the one the page is about.
    const first =
      inHeading[1] && inHeading[1].id !== inHeading[0]!.id && inHeading[1].start <= inHeading[0]!.end + 1
        ? inHeading[1]
        : inHeading[0];
    if (!first || consultedOn(ctx, first.start) || pairNamed(ctx, inHeading)) continue;
    const before = ctx.doc.text.slice(q.start, first.start);
    if (TITLE_LIKE.test(before) && (current === undefined || /^[\s#*]*[\w ()–-]{0,80}$/.test(before))) {
      current = first.id;
      out.push([q.start, current]);
    }
  }
  const sorted = out.every((s, i) => i === 0 || out[i - 1]![0] <= s[0]);
  const next = { n: ctx.mentions.length, switches: out, sorted };
  switchesCache.set(ctx, next);
  return next;
}

// Two meetings named together on a masthead line ("Seventieth Session, 21st & 22nd Meetings (AM & PM)", a
// press release on a morning and an afternoon meeting, GA/EF/3432): a delegate took the floor at one of them,
// and the release does not say which, so neither is the passage's meeting.
const PAIRED = /^\s*(?:&|and|,)\s*$/;

function pairNamed(
  ctx: DocContext,
  inHeading: readonly { id: string; start: number; end: number }[],
): boolean {
  const [a, b] = inHeading;
  return !!a && !!b && a.id !== b.id && PAIRED.test(ctx.doc.text.slice(a.end, b.start));
}

function hasMeeting(ctx: DocContext, from: number): boolean {
  for (let i = from; i < ctx.mentions.length; i++) if (ctx.mentions[i]!.type === 'Meeting') return true;
  return false;
}

export function currentMeeting(ctx: DocContext, p: Passage): string | undefined {
  const { switches: list, sorted } = switches(ctx);
  let current: string | undefined;
  if (sorted) {
    // The last switch at or before the passage (they are in text order): a binary search.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![0] > p.start) hi = mid;
      else lo = mid + 1;
    }
    current = lo > 0 ? list[lo - 1]![1] : undefined;
  } else
    for (const [at, id] of list) {
      if (at > p.start) break;
      current = id;
    }
  return current ?? ctx.state.get('mainMeeting') ?? onlyMeeting(ctx);
}

/**
 * A document about one meeting only, named in its running text rather than its title ("The 15th session
 * of the … CSTD is being held from 21-25 May 2012 … The meeting was opened by …", an UNCTAD notice):
 * "the meeting" is that one. With two or more, none is guessed.
 */
const onlyCache = new WeakMap<DocContext, { n: number; only: string | undefined }>();

function onlyMeeting(ctx: DocContext): string | undefined {
  // Asked once per speaker: computed again only when mentions were added.
  const c = onlyCache.get(ctx);
  if (c && c.n === ctx.mentions.length) return c.only;
  let only: string | undefined;
  let many = false;
  for (const m of ctx.mentions)
    if (m.type === 'Meeting' && !consultedOn(ctx, m.start)) {
      // A page naming a gathering it prepares reports on another one: none is guessed.
      if (PREPARED_FOR.test(ctx.doc.text.slice(Math.max(0, m.start - 40), m.start))) {
        many = true;
        break;
      }
      if (only !== undefined && only !== m.id) {
        many = true;
        break;
      }
      only = m.id;
    }
  const result = many ? undefined : only;
  onlyCache.set(ctx, { n: ctx.mentions.length, only: result });
  return result;
}

/** The meeting after the one a passage reports on (the one that SUCCEEDS it), if the document dates it. */
export function nextMeeting(ctx: DocContext, p: Passage): string | undefined {
  return meetingAfter(ctx, currentMeeting(ctx, p));
}

/** The meeting that SUCCEEDS `id` (the next of the same series), if the document has it. */
export function meetingAfter(ctx: DocContext, id: string | undefined): string | undefined {
  if (!id) return undefined;
  return ctx.claims.edges.find((e) => e.type === 'SUCCEEDS' && e.to === id && e.from.startsWith('meeting:'))
    ?.from;
}

// A meeting named as what a consultation is about is not the one held: "Statement … at the informal consultation
// on the revised draft modalities resolution for the “Summit of the Future” (New York, 25 August 2022)" (the
// Group of 77's statement, three years before the Summit), "the second round of consultations on the modalities
// of the Summit". Its delegations spoke at the consultation, not at the summit.
const CONSULTED_ON =
  /\bconsultations?\s+(?:on|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}modalities\b(?:\s+resolution)?\s+(?:of|for)\s+(?:the\s+)?["“]?$/i;

// Nor is a meeting another one prepares, and no other is guessed then: "The Bureau meeting also contributed to
// the preparation of the 9th session of the IFAP Council that will be held on 30 and 31 May" (UNESCO news of an
// IFAP Bureau meeting the page names but does not date): "The meeting was opened by Mr X" is the Bureau's, not
// the Council's session, nor any other gathering the page names.
const PREPARED_FOR = /\bprepar(?:e|es|ed|ing|ations?)\s+(?:of|for)\s+(?:(?:the|its|their)\s+)?$/i;

/** Whether the meeting named at `start` is the subject of a consultation on its modalities. */
export function consultedOn(ctx: DocContext, start: number): boolean {
  return CONSULTED_ON.test(ctx.doc.text.slice(Math.max(0, start - 120), start));
}
