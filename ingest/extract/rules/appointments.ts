// Appointments as the Secretary-General's press releases (SG/A/…) write them: a
// name without an honorific, then "of <Member State>", then the post:
//   "announced the appointment of <Name> of <State> as his Envoy on Technology",
//   "has appointed <Name> of <State> as the next Under-Secretary-General for …",
//   "the General Assembly confirmed <Name> of <State> as Secretary-General of …",
//   "She will succeed <Name> of <State>, to whom …" (the predecessor, same post),
//   "the Secretary-General is appointing <Name> of <State> as his Envoy on Technology" (the
//   Spokesperson's noon briefing announcing senior appointments).
// The Member State after the name is the anchor: without it two capitalised
// words are not known to be a person. Each person gets AFFILIATED_WITH the
// State and, when the post names a body, AFFILIATED_WITH that body (title: the post),
// or CHAIRED it when the post is its chair, MEMBER_OF when a member's (appointment-posts.ts).

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, mentionsOverlapping, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { holdsPost, type Post, postBody, secretariatPost } from './appointment-posts.ts';
import { addBarePerson } from './bare-person.ts';
import { stateNamedAt } from './body-kinds.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const TRIGGER = triggerWords(['appoint', 'succeed', 'confirmed', 'designat', 'nominat']);
// A surname may capitalise inside ("Gyles-McDonnough", "MacLeod", "DeSilva": a biographical note's appointee).
const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?)?";
const PARTICLE = '(?:da|das|de|del|della|dos|du|van|von|der|den|bin|al|el|di|la|le)';
const NAME = `${WORD}(?:\\s+(?:\\p{Lu}\\.|${PARTICLE}(?=\\s+\\p{Lu})|${WORD})){1,4}`;
// Notices relayed by a Member State's mission or the press keep the honorific: "has appointed Ms. X of the
// Republic of South Africa as the new Chair of …".
const HONORIFIC = '(?:Mr|Ms|Mrs|Dr|Prof)\\.?';
const HONORIFIC_OR_AMB = '(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?|Ambassador)';
// A force commander's rank is no part of the name: "the appointment of Lieutenant General X of Kenya as Force
// Commander …", "He succeeds Major General Y of Rwanda" (SG/A press releases on peacekeeping posts).
const RANK =
  '(?:(?:Lieutenant|Major|Brigadier)[- ]General|General|(?:Rear|Vice)[- ]Admiral|Admiral|Air\\s+(?:Vice\\s+)?Marshal|Colonel)';
// The verb or noun of the appointment, then the name, then "of" or "from" (the State is checked after).
// A CCW meeting's report appoints two in one sentence: "The Meeting appointed Ambassador X of India as
// Coordinator on ERW and Ambassador Y of Finland as Coordinator on MOTAPM" (press release DC/2947): "and" with
// an honorific after a post of the same sentence's appointment is the next appointee.
const NEXT = `(?<=\\b(?:appointed|appoints|appointing|named|designated)\\s[^.;]*\\sas\\s[^.;]*)and(?=\\s+${HONORIFIC_OR_AMB}\\s)`;
const RANK_ONLY = new RegExp(`^${RANK}$`, 'u');
const APPOINTED = new RegExp(
  `\\b(appointment of|designation of|nomination of|appointed|appoints|appointing|named|confirmed|(?:will )?succeeds?|succeeded|replaces|replacing|${NEXT})\\s+(?:${HONORIFIC}\\s+|${RANK}\\s+)?(${NAME})\\s+(?:of|from)\\s+(?:the\\s+)?`,
  'gu',
);
// "as his Envoy on Technology", "as the next Under-Secretary-General for …": the post, to the clause's end.
// The post ends where the next appointee begins ("… as Coordinator on ERW and Ambassador Y of Finland as …").
// A confirmation for another term names the term first: "confirmed X of Thailand for a second four-year term as
// Secretary-General of …" (GA press release). A clause after the post is no part of it: "as Head of the … in
// Syria, established by the General Assembly in …", "as Resident Coordinator in Belarus, with the host
// Government's approval". Nor is the date of the appointment: "appointed X of India as his Envoy on Technology in
// June 2022" (a news report on the Tech Envoy's appointment) holds the post "Envoy on Technology".
const AS_POST =
  /^(?:\s+for\s+a\s+(?:second|third|further|new)\s+(?:[\w-]+\s+)?term)?\s+as\s+(?:(?:his|her|its|the|their)\s+)?(?:(?:next|new|first|inaugural)\s+)?([^.;]+?)(?=\s*(?:[.;]|,\s*(?:to whom|who|which|effective|with effect|beginning|replacing|succeeding|a post|established|set up|created|with the host)|\s+for\s+a\s+(?:further|term|period)|\s+effective\b|\s+with effect\b|\s+(?:in|on|from|since)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\s+in\s+\d{4}\b|,?\s+and\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?|Ambassador)\s|$))/;
// A word no personal name holds.
const BODY_WORD =
  /\b(?:Members?|Ministers?|States|Representatives|Officials|Experts|Delegates|Governments?|Office|Group|Foundation|Institute|University|Council|Commission|Committee|Union|Forum|Agency|Fund|Programme|Secretariat|Ministry|Department|Nations|Assembly|Panel)\b/;

function appointee(
  ctx: DocContext,
  p: Passage,
  name: string,
  start: number,
  end: number,
  rank?: string,
): string | undefined {
  if (BODY_WORD.test(name)) return undefined;
  const named = mentionsOverlapping(ctx, start, end);
  // A name the people rule read after its honorific ("Ms. X") is that person; any other mention is no name.
  if (named.length > 0) return named.every((m) => m.type === 'Person') ? named[0]!.id : undefined;
  return addBarePerson(ctx, p, name, start, 'appointments', rank).id;
}

export function appointmentsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, TRIGGER)) continue;
    // The post of the passage's appointment and who was appointed to it: "She will succeed X of Y" held it before.
    let post: Post | undefined;
    let holder: { id: string; at: number } | undefined;
    for (const s of sentences(p)) {
      for (const m of matchesOf(APPOINTED, s.text)) {
        const nameAt = s.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
        const nameEnd = nameAt + m[2]!.length;
        const state = stateNamedAt(ctx, s.start + m.index + m[0].length);
        if (!state) continue;
        // The rank before the name is the person's honorific (MODEL.md: Person.honorific).
        const lead = s.text.slice(m.index + m[1]!.length, nameAt - s.start).trim();
        const id = appointee(ctx, p, m[2]!, nameAt, nameEnd, RANK_ONLY.test(lead) ? lead : undefined);
        if (!id) continue;
        const source = sourceAt(ctx, p, nameAt, state.end);
        addEdge(ctx, { type: 'AFFILIATED_WITH', from: id, to: state.id, source }, 'appointments');
        if (/succeed|replac/.test(m[1]!)) {
          // The quote runs from the post ("as Assistant Secretary-General for …. She will succeed X of Y")
          // when both fit in one: "She will succeed X" alone does not say which post X held.
          if (post) {
            const from = state.end - post.at <= MAX_QUOTE_LENGTH ? post.at : s.start + m.index;
            holdsPost(ctx, id, post, sourceAt(ctx, p, from, state.end), 'appointments:predecessor');
          }
          // The appointee SUCCEEDS the predecessor (an extension pair), quoted from the appointee's name to the
          // predecessor's State; when the two do not fit in one quote, nothing (a quote naming only "She" and the
          // predecessor does not say who succeeds).
          if (holder && holder.id !== id && state.end - holder.at <= MAX_QUOTE_LENGTH) {
            const source = sourceAt(ctx, p, holder.at, state.end);
            addEdge(ctx, { type: 'SUCCEEDS', from: holder.id, to: id, source }, 'appointments:successor');
          }
          continue;
        }
        const as = AS_POST.exec(ctx.doc.text.slice(state.end, s.end));
        const postAt = as ? state.end + as[0].length - as[1]!.length : 0;
        const body = as
          ? (postBody(ctx, postAt, postAt + as[1]!.length, as[1]!) ?? secretariatPost(ctx, p, postAt, as[1]!))
          : undefined;
        post = as && body ? { title: as[1]!.trim(), body, at: postAt } : undefined;
        holder = post ? { id, at: nameAt } : undefined;
        if (!post) continue;
        holdsPost(
          ctx,
          id,
          post,
          sourceAt(ctx, p, nameAt, Math.max(post.body.end, state.end)),
          'appointments:post',
        );
      }
    }
  }
}
