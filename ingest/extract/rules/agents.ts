// Who acts in a clause: a person or organisation named at a position, with
// "the Chair of the Commission …" standing for the Commission (the office acts
// for the body), "the Chair of the Working Group" for the person the document
// says chairs it, and "the Chair" alone for the last chair named before.

import {
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsCovering,
  mentionsStartingIn,
} from '../context.ts';
import { isMemberState } from './body-kinds.ts';

const UNITED_NATIONS = 'organization:united-nations';

export interface Agent {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

// The head noun of a body's name right after a known name (see agentAt). A conference or summit too: "the
// Vienna Programme of Action, adopted by the United Nations Conference on Science and Technology for
// Development" (GA resolutions 48/179, 50/101, preambles) was adopted by that conference, not the UN.
const LONGER_NAME =
  /^\s+(?:Group|Working Group|Committee|Commission|Council|Panel|Forum|Office|Task Force|Board|Bureau|Network|Programme|Program|Initiative|Foundation|Institute|Centre|Center|Academy|Alliance|Coalition|Conference|Summit|Congress)\b/;

/** A known name ending at `end` only opens a longer body's or gathering's name (LONGER_NAME). */
export function opensLongerName(ctx: DocContext, end: number): boolean {
  return LONGER_NAME.test(ctx.doc.text.slice(end, end + 40));
}

const CHAIR = /^(?:the\s+)?(?:Acting\s+|Vice[- ])?Chair(?:man|person)?\b(?:\s+of\s+(?:the\s+)?)?/i;
const ON_BEHALF = /^\s*on\s+behalf\s+of\s+(?:the\s+)?/i;

// A body's secretariat writes for it too: "It has been prepared by the secretariat of the United Nations Conference
// on Trade and Development (UNCTAD)" (the Secretary-General's annual reports on WSIS implementation, 2017 on), as
// "prepared by the UNCTAD secretariat" (an alias of UNCTAD) says in earlier years.
const HEAD_OF =
  /^(?:Executive\s+Secretary|Executive\s+Director|Director-General|[Ss]ecretariat)\s+of\s+(?:the\s+)?/;

/** The chair of a working group as the document states it (CHAIRED claims). */
export function chairOf(ctx: DocContext, body: string): string | undefined {
  return ctx.claims.edges.find((e) => e.type === 'CHAIRED' && e.to === body && e.properties?.role === 'Chair')
    ?.from;
}

function mentionAt(ctx: DocContext, at: number, slack = 1): Mention | undefined {
  return mentionsCovering(ctx, at + slack).find(
    (m) => m.type === 'Organization' || m.type === 'Person' || m.type === 'WorkingGroup',
  );
}

export function agentAt(ctx: DocContext, at: number): Agent | undefined {
  const text = ctx.doc.text.slice(at, at + 200);
  const lead = /^\s*(?:the\s+)?/i.exec(text)![0].length;
  const chair = CHAIR.exec(text.slice(lead > 0 && /^\s*the\s/i.test(text) ? 0 : 0));
  if (chair) {
    const bodyAt = at + chair[0].length;
    const body = chair[0].match(/\bof\b/) ? mentionAt(ctx, bodyAt, 2) : undefined;
    if (body?.type === 'WorkingGroup') {
      const person = chairOf(ctx, body.id);
      return person ? { id: person, start: at, end: body.end } : undefined;
    }
    if (body?.type === 'Organization') return { id: body.id, start: at, end: body.end };
    // "requested the Chair of the Commission to establish the Working Group" where no Commission is
    // named in full (a working group's report): the Chair of a body not known is no one known. It was
    // read as "the Chair" alone and given the last "Chair of the Group of 77" before it, so the ECOSOC
    // resolution MANDATED the Group of 77, which ESTABLISHED the Working Group.
    if (!body && /\bof\b/.test(chair[0])) return undefined;
    // "This report has been prepared by the Chair on behalf of the Working Group on Improvements to the Internet
    // Governance Forum" (A/67/65–E/2012/48, its executive summary): the chair writes for the body named.
    const behalf = !body && ON_BEHALF.exec(text.slice(chair[0].length));
    if (behalf) {
      const group = mentionAt(ctx, at + chair[0].length + behalf[0].length, 1);
      if (group && (group.type === 'WorkingGroup' || group.type === 'Organization'))
        return { id: group.id, start: at, end: group.end };
      return undefined;
    }
    if (!body) {
      // "the Chair" alone: the body of the last "Chair of …" before.
      const prev = lastMentionBefore(
        ctx,
        at,
        (m) =>
          (m.type === 'Organization' || m.type === 'WorkingGroup') &&
          /Chair(?:man|person)?\s+of\s+(?:the\s+)?$/i.test(
            ctx.doc.text.slice(Math.max(0, m.start - 30), m.start),
          ),
      );
      if (prev?.type === 'Organization') return { id: prev.id, start: at, end: at + chair[0].length };
      if (prev?.type === 'WorkingGroup') {
        const person = chairOf(ctx, prev.id);
        if (person) return { id: person, start: at, end: at + chair[0].length };
      }
      return undefined;
    }
  }
  // The head of a body's secretariat convenes for the body: "The third Ministerial Conference on the Information
  // Society in Latin America and the Caribbean, held in Lima …, was convened by the Executive Secretary of the
  // Economic Commission for Latin America and the Caribbean (ECLAC)" (LC/G.2491 ¶1): ECLAC convened it.
  const head = HEAD_OF.exec(text.slice(lead));
  if (head) {
    const body = mentionAt(ctx, at + lead + head[0].length, 2);
    if (body?.type !== 'Organization') return undefined;
    // A name that only opens a longer one: "the secretariat of the United Nations Conference on" | "Trade and
    // Development (UNCTAD)" broken over a blank line (a double-spaced copy) is not the United Nations' secretariat.
    const own =
      body.id === UNITED_NATIONS
        ? mentionsStartingIn(ctx, body.end, body.end + 2).find((x) => x.type === 'Organization')
        : undefined;
    if (own) return { id: own.id, start: at, end: own.end };
    if (LONGER_NAME.test(ctx.doc.text.slice(body.end, body.end + 40))) return undefined;
    return { id: body.id, start: at, end: body.end };
  }
  const m = mentionAt(ctx, at + lead, 1);
  // A known name that only opens a longer one names another body: "submitted by the United Nations Group on
  // the Information Society (UNGIS)" is UNGIS, not the United Nations (the UNGIS page on the WSIS+20
  // Elements Paper); "the ITU Council" is not ITU. Such a body no rule knows is no agent.
  if (m && m.type === 'Organization' && LONGER_NAME.test(ctx.doc.text.slice(m.end, m.end + 40)))
    return undefined;
  // "the United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)": "United Nations"
  // only opens the body's own name, which the gazetteer knows apart (a meeting report "jointly organized by
  // the United Nations Economic and Social Commission …"): the body acts, not the United Nations.
  const own =
    m?.id === UNITED_NATIONS
      ? mentionsStartingIn(ctx, m.end, m.end + 2).find((x) => x.type === 'Organization')
      : undefined;
  if (own) return { id: own.id, start: m!.start, end: own.end };
  // "Report of the UN Secreetary General" (a mistyped post on a page presenting A/74/821): a capitalised word
  // right after "UN" / "United Nations" that starts no known name goes on into a name the gazetteer does not
  // know (a post, a body, a fund); its holder wrote the report, not the United Nations.
  if (m?.id === UNITED_NATIONS && UNKNOWN_NAME_GOES_ON.test(ctx.doc.text.slice(m.end, m.end + 40)))
    return undefined;
  if (m && m.type !== 'WorkingGroup') return { id: m.id, start: m.start, end: m.end };
  // "the Government of the Republic of the Philippines" acts for the State (a session "organised by the UN
  // CSTD and the Government of the Republic of the Philippines", news of the CSTD's 2011 Manila panel).
  const government = GOVERNMENT.exec(text.slice(lead));
  if (government) {
    // The State's name in full ("Republic of Korea"), else after its form ("Republic of the Philippines").
    const from = at + lead + government[0].length;
    const form = STATE_FORM.exec(text.slice(lead + government[0].length));
    for (const where of [from, ...(form ? [from + form[0].length] : [])]) {
      const state = mentionAt(ctx, where, 1);
      if (state && state.start >= where && isMemberState(ctx, state.id))
        return { id: state.id, start: at + lead, end: state.end };
    }
  }
  return undefined;
}

const GOVERNMENT = /^Government\s+of\s+(?:the\s+)?/;
// A capitalised word on the same line (not a State's "Member States", which are not one body's name).
const UNKNOWN_NAME_GOES_ON = /^[ \t]+(?!Member\s+States?\b)\p{Lu}\p{Ll}/u;
const STATE_FORM =
  /^(?:(?:Federal|Islamic|People['’]s|United|Democratic|Socialist)\s+)?(?:Republic|Kingdom|State|Commonwealth)\s+of\s+(?:the\s+)?/;
