// A body in brackets right after a name: alone ("Dr. Jane Doe (UNESCO)"), or
// after the post held in it ("Mr Wim Degezelle (BPF Cybersecurity consultant,
// IGF Secretariat)", the author list of the IGF 2024 Best Practice Forum on
// Cybersecurity report; "(Consultant to the IGF Secretariat)"). Used by
// affiliation-claims.ts. A membership ("(IGF MAG member)") is MEMBER_OF
// (post-apposition.ts), and a former post is no longer held.

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext, sourceAt } from '../context.ts';
import { orgFromPart } from './affiliation-org.ts';
import { TITLE_WORDS } from './affiliation-parts.ts';

const BRACKET = /^\s*\(([^()]{2,120})\)/;
// The post and the body: "consultant, IGF Secretariat" or "Consultant to the IGF Secretariat".
const POST_THEN_BODY = /^(.+?)(?:\s*,\s*|\s+(to|at|of|in|with)\s+)(?:the\s+)?([^,]+)$/;
// Accredited "to" a body, not holding a post in it: "(Ambassador to the United Nations)".
const ACCREDITED = /\b(?:Ambassador|Representative|Envoy|Delegate|Observer|Liaison)\b/i;
const POST = new RegExp(TITLE_WORDS.source, 'i');
// Not a post held in the body: a former one, a membership (MEMBER_OF), a chair (CHAIRED, chair-titles.ts).
const NOT_HELD = /\b(?:former|ex-|formerly|retired|member|chair\w*|co-chair|vice[- ]chair)\b/i;

/** The known organisation `text` names whole (after a leading "the"), if any. */
function wholeBody(ctx: DocContext, text: string) {
  const t = text.trim();
  return ctx.gazetteer
    .match(t)
    .find(
      (m) =>
        m.entry.type === 'Organization' &&
        m.start <= 4 &&
        m.end >= t.length - 1 &&
        /^(?:the\s+)?$/i.test(t.slice(0, m.start)),
    );
}

/** AFFILIATED_WITH the known body in brackets at `from`; whether there was one. */
export function bracketAffiliation(ctx: DocContext, p: Passage, personId: string, from: number): boolean {
  const bracket = BRACKET.exec(ctx.doc.text.slice(from, Math.min(p.end, from + 130)));
  if (!bracket) return false;
  // A space inside the bracket is a typing slip, not a sign: "Judith Mbula Bahemuka ( Kenya)" (GA/10451).
  const inside = bracket[1]!.trim();
  const insideAt = from + bracket[0].indexOf(inside);
  const source = () => sourceAt(ctx, p, from, from + bracket[0].length);
  const alone =
    inside.length <= 80 && bracket[0].length <= 90
      ? ctx.gazetteer
          .match(inside)
          .find((m) => m.entry.type === 'Organization' && m.start === 0 && m.end >= inside.trim().length - 1)
      : undefined;
  if (alone) {
    const id = orgFromPart(
      ctx,
      p,
      { kind: 'org', start: insideAt, end: insideAt + inside.length, text: inside, entry: alone.entry },
      [],
    );
    addEdge(
      ctx,
      { type: 'AFFILIATED_WITH', from: personId, to: id, source: source() },
      'affiliation:bracket',
    );
    return true;
  }
  const pair = POST_THEN_BODY.exec(inside);
  if (!pair) return false;
  const post = pair[1]!.trim();
  if (!POST.test(post) || NOT_HELD.test(post) || post.includes(',')) return false;
  if (pair[2] === 'to' && ACCREDITED.test(post)) return false;
  const name = pair[3]!.trim();
  const body = wholeBody(ctx, name);
  if (!body || body.entry.kind === 'member-state') return false;
  const bodyAt = insideAt + inside.lastIndexOf(name);
  const id = orgFromPart(
    ctx,
    p,
    { kind: 'org', start: bodyAt, end: bodyAt + name.length, text: name, entry: body.entry },
    [],
  );
  addEdge(
    ctx,
    { type: 'AFFILIATED_WITH', from: personId, to: id, properties: props({ title: post }), source: source() },
    'affiliation:bracket-post',
  );
  return true;
}
