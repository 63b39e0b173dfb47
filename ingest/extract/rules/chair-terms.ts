// CHAIRED `from` / `to` (q96): the term the text states for that chair of that body, written with the post
// ("appointed X as Chair of the Multistakeholder Advisory Group for 2021", "Chair of the Working Group on
// Enhanced Cooperation (2016–2018)", "… Chair of the Group from 2019 to 2021", "outgoing Chair of the MAG, for
// her leadership and able guidance since 2016", "to Chair the 2022 … Multistakeholder Advisory Group"). Runs
// after every chair rule and reads each CHAIRED claim's own sentence: the post word ("Chair", "Vice-Chair",
// "Chairperson", "to chair"), the body's name right after it, and the term right after the name (or the year
// right before it). Never the document's date, nor a year elsewhere in the sentence, nor another post's: the
// post taken is the one nearest the person, and a sentence naming the body twice is read at the name tied to it.

import type { Passage } from '../../types.ts';
import { type DocContext, type Mention, mentionsIn } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { type Term, termAfter, termBefore } from '../parse/terms.ts';

// The post, as a noun or a verb: "Chair", "Vice-Chair", "Chairperson", "to chair", "chaired the".
const POST = /\b(?:[Aa]cting\s+|[Vv]ice[- ]?|[Cc]o-)?[Cc]hair(?:man|person|woman|ed|ing)?s?\b/g;
// From the post word to the body's name: "of the", "of the Internet Governance Forum’s", "the 2022 Internet
// Governance Forum (IGF)"; no comma, no clause between.
const POST_TO_BODY =
  /^\s+(?:of\s+|for\s+)?(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:(?:[A-Z][\w’'.-]*|\([A-Z][A-Za-z-]{1,9}\)|of|the|on|and|for)\s+){0,8}$/;
// The body's name first, the post right after it: "IGF MAG Chair (2024)", "the current 2024 IGF MAG Chair".
const BODY_THEN_POST = /^[ \t]+(?:[Vv]ice[- ]?|[Cc]o-)?[Cc]hair(?:man|person|woman)?\b/;
// An acronym in brackets right after the body's name: "Multistakeholder Advisory Group (MAG) for 2021".
const ACRONYM_AFTER = /^\s*\([A-Z][A-Za-z-]{1,9}\)/;
// A group's years written in its name as read: "Working Group on Enhanced Cooperation (2016–2018)".
const YEARS_IN_NAME = /\(\s*(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}\s*\)\s*$/;

interface Site {
  /** Where the post word starts and ends. */
  readonly post: number;
  readonly postEnd: number;
  readonly body: Mention;
  /** The body named before the post ("IGF MAG Chair"). */
  readonly bodyFirst: boolean;
}

function sitesIn(ctx: DocContext, s: number, e: number, bodies: readonly Mention[]): Site[] {
  const text = ctx.doc.text;
  const sites: Site[] = [];
  for (const m of matchesOf(POST, text.slice(s, e))) {
    const at = s + m.index;
    const end = at + m[0].length;
    const b = bodies.find((x) => x.start >= end && POST_TO_BODY.test(text.slice(end, x.start)));
    if (b) sites.push({ post: at, postEnd: end, body: b, bodyFirst: false });
  }
  for (const b of bodies) {
    const m = BODY_THEN_POST.exec(text.slice(b.end, e));
    if (m)
      sites.push({ post: b.end + m[0].search(/\S/), postEnd: b.end + m[0].length, body: b, bodyFirst: true });
  }
  return sites;
}

/** The term of `person`'s post at `body` in the sentence [s, e) of the text, if stated with it. */
export function termInSentence(
  ctx: DocContext,
  s: number,
  e: number,
  person: string,
  body: string,
): Term | undefined {
  const text = ctx.doc.text;
  const inSentence = mentionsIn(ctx, s, e);
  const people = inSentence.filter((m) => m.type === 'Person' && m.id === person);
  const bodies = inSentence.filter((m) => m.id === body);
  if (people.length === 0 || bodies.length === 0) return undefined;
  const sites = sitesIn(ctx, s, e, bodies);
  if (sites.length === 0) return undefined;
  // The post nearest the person; two as near are no answer.
  const dist = (x: Site): number => Math.min(...people.map((p) => Math.abs(p.start - x.post)));
  sites.sort((x, y) => dist(x) - dist(y));
  const site = sites[0]!;
  if (sites.length > 1 && dist(sites[1]!) === dist(site)) return undefined;
  // Another person between the chair and the post holds that post ("A thanked B, Chair of X since 2016").
  const p = people.reduce((a, b) => (Math.abs(a.start - site.post) <= Math.abs(b.start - site.post) ? a : b));
  const lo = Math.min(p.end, site.post);
  const hi = Math.max(p.start, site.post);
  if (inSentence.some((m) => m.type === 'Person' && m.id !== person && m.start >= lo && m.end <= hi))
    return undefined;
  const before = site.bodyFirst
    ? termBefore(text.slice(Math.max(s, site.body.start - 40), site.body.start))
    : termBefore(text.slice(site.postEnd, site.body.start));
  if (before) return before;
  const own = site.bodyFirst ? undefined : YEARS_IN_NAME.exec(site.body.surface);
  if (own) return termAfter(own[0]);
  let tail = text.slice(site.bodyFirst ? site.postEnd : site.body.end, e);
  const acronym = site.bodyFirst ? null : ACRONYM_AFTER.exec(tail);
  if (acronym) tail = tail.slice(acronym[0].length);
  return termAfter(tail);
}

function passageOf(ctx: DocContext, byLocator: Map<string, Passage[]>, locator: string, quote: string) {
  for (const p of byLocator.get(locator) ?? []) {
    const at = ctx.doc.text.indexOf(quote, p.start);
    if (at >= 0 && at + quote.length <= p.end) return at;
  }
  return -1;
}

export function chairTermsRule(ctx: DocContext): void {
  const edges = ctx.claims.edges;
  let byLocator: Map<string, Passage[]> | undefined;
  for (let i = 0; i < edges.length; i++) {
    const c = edges[i]!;
    if (c.type !== 'CHAIRED' || c.properties?.from !== undefined || c.properties?.to !== undefined) continue;
    if (c.source.document !== ctx.info.id) continue;
    if (byLocator === undefined) {
      byLocator = new Map();
      for (const p of ctx.passages) {
        const list = byLocator.get(p.locator);
        if (list) list.push(p);
        else byLocator.set(p.locator, [p]);
      }
    }
    const q = c.source.quote;
    const at = passageOf(ctx, byLocator, c.source.locator, q);
    if (at < 0) continue;
    const term = termInSentence(ctx, at, at + q.length, c.from, c.to);
    if (!term) continue;
    edges[i] = { ...c, properties: { ...c.properties, ...term } };
  }
}
