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
// or CHAIRED it when the post is its chair.

import { MAX_QUOTE_LENGTH, type Source } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import {
  addEdge,
  addNode,
  type DocContext,
  type Mention,
  mentionsIn,
  mentionsOverlapping,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { addBarePerson } from './bare-person.ts';
import { STATE_LONG_FORM, stateMentionAt } from './body-kinds.ts';
import { addChaired } from './chaired-claim.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { roleName } from './roles.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const TRIGGER = triggerWords(['appoint', 'succeed', 'confirmed', 'designat', 'nominat']);
const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?";
const PARTICLE = '(?:da|das|de|del|della|dos|du|van|von|der|den|bin|al|el|di|la|le)';
const NAME = `${WORD}(?:\\s+(?:\\p{Lu}\\.|${PARTICLE}(?=\\s+\\p{Lu})|${WORD})){1,4}`;
// Notices relayed by a Member State's mission or the press keep the honorific: "has appointed Ms. X of the
// Republic of South Africa as the new Chair of …".
const HONORIFIC = '(?:Mr|Ms|Mrs|Dr|Prof)\\.?';
const HONORIFIC_OR_AMB = '(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?|Ambassador)';
// The verb or noun of the appointment, then the name, then "of" or "from" (the State is checked after).
// A CCW meeting's report appoints two in one sentence: "The Meeting appointed Ambassador X of India as
// Coordinator on ERW and Ambassador Y of Finland as Coordinator on MOTAPM" (press release DC/2947): "and" with
// an honorific after a post of the same sentence's appointment is the next appointee.
const NEXT = `(?<=\\b(?:appointed|appoints|appointing|named|designated)\\s[^.;]*\\sas\\s[^.;]*)and(?=\\s+${HONORIFIC_OR_AMB}\\s)`;
const APPOINTED = new RegExp(
  `\\b(appointment of|designation of|nomination of|appointed|appoints|appointing|named|confirmed|(?:will )?succeeds?|succeeded|replaces|${NEXT})\\s+(?:${HONORIFIC}\\s+)?(${NAME})\\s+(?:of|from)\\s+(?:the\\s+)?`,
  'gu',
);
// "as his Envoy on Technology", "as the next Under-Secretary-General for …": the post, to the clause's end.
// The post ends where the next appointee begins ("… as Coordinator on ERW and Ambassador Y of Finland as …").
const AS_POST =
  /^\s+as\s+(?:(?:his|her|its|the|their)\s+)?(?:(?:next|new|first|inaugural)\s+)?([^.;]+?)(?=\s*(?:[.;]|,\s*(?:to whom|who|which|effective|with effect|beginning|replacing|succeeding|a post)|\s+for\s+a\s+(?:further|term|period)|\s+effective\b|\s+with effect\b|,?\s+and\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?|Ambassador)\s|$))/;
// A word no personal name holds.
const BODY_WORD =
  /\b(?:Members?|Ministers?|States|Representatives|Officials|Experts|Delegates|Governments?|Office|Group|Foundation|Institute|University|Council|Commission|Committee|Union|Forum|Agency|Fund|Programme|Secretariat|Ministry|Department|Nations|Assembly|Panel)\b/;

function memberState(ctx: DocContext, at: number): Mention | undefined {
  const long = STATE_LONG_FORM.exec(ctx.doc.text.slice(at, at + 60));
  return stateMentionAt(ctx, at) ?? (long ? stateMentionAt(ctx, at + long[0].length) : undefined);
}

/** The body a post names: the last one in it ("Secretary-General of the … (UNCTAD)"), not a bare post word. */
function postBody(ctx: DocContext, start: number, end: number): Mention | undefined {
  return mentionsIn(ctx, start, end, 'Organization')
    .filter((m) => !/^(?:Secretary-General|President|Chair)$/.test(m.surface) || m.start === start)
    .filter((m) => !/(?:Under-|Assistant\s+|Deputy\s+)$/.test(ctx.doc.text.slice(start, m.start)))
    .pop();
}

function appointee(
  ctx: DocContext,
  p: Passage,
  name: string,
  start: number,
  end: number,
): string | undefined {
  if (BODY_WORD.test(name)) return undefined;
  const named = mentionsOverlapping(ctx, start, end);
  // A name the people rule read after its honorific ("Ms. X") is that person; any other mention is no name.
  if (named.length > 0) return named.every((m) => m.type === 'Person') ? named[0]!.id : undefined;
  return addBarePerson(ctx, p, name, start, 'appointments').id;
}

// A chair's post of the body named right after it ("Chair of the Sample Advisory Group", also after a
// possessive: "Chair of the Sample Forum’s Advisory Group") is a CHAIRED role, not an affiliation titled "Chair of
// …" beside the CHAIRED the chair rules read (MODEL.md: CHAIRED is the chair-type role). "Chair of the Board of
// X" chairs the Board, not X: it stays a titled affiliation with X.
const CHAIR_POST = /^((?:Acting\s+|Vice[- ]?|Co-)?Chair(?:man|person|woman)?)\b/i;
const CHAIR_TO_BODY = /^\s+(?:of|for)\s+(?:the\s+)?(?:[^,;]*?['’]s\s+)?$/;

function chairRole(ctx: DocContext, post: { title: string; body: Mention; at: number }): string | undefined {
  const chair = CHAIR_POST.exec(post.title);
  if (!chair) return undefined;
  const between = ctx.doc.text.slice(post.at + chair[0].length, post.body.start);
  return CHAIR_TO_BODY.test(between) ? roleName(chair[1]!) : undefined;
}

export function appointmentsRule(ctx: DocContext): void {
  // The person holds (or held) the post: AFFILIATED_WITH its body, the post as title; a chair's post, CHAIRED.
  const holds = (
    id: string,
    post: { title: string; body: Mention; at: number },
    source: Source,
    rule: string,
  ) => {
    const role = chairRole(ctx, post);
    if (role) return addChaired(ctx, id, post.body.id, role, source, rule);
    addEdge(
      ctx,
      {
        type: 'AFFILIATED_WITH',
        from: id,
        to: post.body.id,
        properties: props({ title: post.title }),
        source,
      },
      rule,
    );
  };
  for (const p of ctx.passages) {
    if (!hasTrigger(p, TRIGGER)) continue;
    // The post of the passage's appointment: "She will succeed X of Y" held it before.
    let post: { title: string; body: Mention; at: number } | undefined;
    for (const s of sentences(p)) {
      for (const m of matchesOf(APPOINTED, s.text)) {
        const nameAt = s.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
        const nameEnd = nameAt + m[2]!.length;
        const state = memberState(ctx, s.start + m.index + m[0].length);
        if (!state) continue;
        const id = appointee(ctx, p, m[2]!, nameAt, nameEnd);
        if (!id) continue;
        const source = sourceAt(ctx, p, nameAt, state.end);
        addEdge(ctx, { type: 'AFFILIATED_WITH', from: id, to: state.id, source }, 'appointments');
        if (/succeed|replace/.test(m[1]!)) {
          // The quote runs from the post ("as Assistant Secretary-General for …. She will succeed X of Y")
          // when both fit in one: "She will succeed X" alone does not say which post X held.
          if (post) {
            const from = state.end - post.at <= MAX_QUOTE_LENGTH ? post.at : s.start + m.index;
            holds(id, post, sourceAt(ctx, p, from, state.end), 'appointments:predecessor');
          }
          continue;
        }
        const as = AS_POST.exec(ctx.doc.text.slice(state.end, s.end));
        const postAt = as ? state.end + as[0].length - as[1]!.length : 0;
        const body = as
          ? (postBody(ctx, postAt, postAt + as[1]!.length) ?? secretariatPost(ctx, p, postAt, as[1]!))
          : undefined;
        post = as && body ? { title: as[1]!.trim(), body, at: postAt } : undefined;
        if (!post) continue;
        holds(id, post, sourceAt(ctx, p, nameAt, Math.max(post.body.end, state.end)), 'appointments:post');
      }
    }
  }
}

// Posts of the United Nations Secretariat, which name no other body: "as Assistant Secretary-General for Human
// Resources Management", "as the next Under-Secretary-General for Management Strategy, Policy and Compliance".
const UN_POST =
  /^(?:Under-Secretary-General|Assistant\s+Secretary-General|Deputy\s+Secretary-General|Special\s+(?:Representative|Envoy|Adviser|Advisor)\s+(?:of|to)\s+the\s+Secretary-General)\b/;

/** The United Nations, for a Secretariat post naming no body of its own (its node claimed where the post is). */
function secretariatPost(ctx: DocContext, p: Passage, at: number, post: string): Mention | undefined {
  if (!UN_POST.test(post)) return undefined;
  const un = ctx.gazetteer.byId.get('organization:united-nations');
  if (!un) return undefined;
  const end = at + post.length;
  addNode(ctx, entryNode(un, sourceAt(ctx, p, at, end)), 'appointments:secretariat-post');
  return { id: un.id, type: 'Organization', name: un.name, start: at, end, surface: post, passage: p };
}
