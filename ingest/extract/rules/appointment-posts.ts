// The post an appointment names (rules/appointments.ts) and what holding it claims: "as Secretary-General of
// the United Nations Conference on Trade and Development (UNCTAD)" is AFFILIATED_WITH that body, the post as
// its title; "as Chair of the Multistakeholder Advisory Group" is CHAIRED; "as a member of the Internet
// Governance Forum Leadership Panel" (the Secretary-General naming members to an advisory body) is MEMBER_OF,
// not an affiliation titled "a member of …" (MODEL.md: MEMBER_OF is membership); a Secretariat post naming no
// body ("as Under-Secretary-General for Legal Affairs") is a post in the United Nations.

import type { Source } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addEdge, addNode, type DocContext, type Mention, mentionsIn, sourceAt } from '../context.ts';
import { isMemberState } from './body-kinds.ts';
import { addChaired } from './chaired-claim.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { roleName } from './roles.ts';

export type Post = { title: string; body: Mention; at: number };

// "a member of", "an ex-officio member of", "one of the members of": the body after it has the person as member.
const MEMBER_POST =
  /^(?:(?:a|an)\s+)?(?:(?:new|full|founding|ex[- ]officio)\s+)?member\s+of\b|^one\s+of\s+the\s+members\s+of\b/i;

/**
 * The body a post names: the last one in it ("Secretary-General of the … (UNCTAD)"), not a bare post word, nor
 * the State where the post is ("Resident Coordinator in Belarus", "Head of the … Institution on Missing Persons
 * in the Syrian Arab Republic", "… Da'esh/Islamic State in Iraq and the Levant"): its holder serves there, not it.
 * A member's post may name a working group too ("a member of the High-level Advisory Body on …").
 */
export function postBody(ctx: DocContext, start: number, end: number, title: string): Mention | undefined {
  const labels = MEMBER_POST.test(title) ? ['Organization', 'WorkingGroup'] : ['Organization'];
  return mentionsIn(ctx, start, end)
    .filter((m) => labels.includes(m.type))
    .filter(
      (m) => !(isMemberState(ctx, m.id) && /\bin\s+(?:the\s+)?$/.test(ctx.doc.text.slice(start, m.start))),
    )
    .filter((m) => !/^(?:Secretary-General|President|Chair)$/.test(m.surface) || m.start === start)
    .filter((m) => !/(?:Under-|Assistant\s+|Deputy\s+)$/.test(ctx.doc.text.slice(start, m.start)))
    .pop();
}

// A chair's post of the body named right after it ("Chair of the Sample Advisory Group", also after a
// possessive: "Chair of the Sample Forum’s Advisory Group") is a CHAIRED role, not an affiliation titled "Chair of
// …" beside the CHAIRED the chair rules read (MODEL.md: CHAIRED is the chair-type role). "Chair of the Board of
// X" chairs the Board, not X: it stays a titled affiliation with X.
const CHAIR_POST = /^((?:Acting\s+|Vice[- ]?|Co-)?Chair(?:man|person|woman)?)\b/i;
const CHAIR_TO_BODY = /^\s+(?:of|for)\s+(?:the\s+)?(?:[^,;]*?['’]s\s+)?$/;

function chairRole(ctx: DocContext, post: Post): string | undefined {
  const chair = CHAIR_POST.exec(post.title);
  if (!chair) return undefined;
  const between = ctx.doc.text.slice(post.at + chair[0].length, post.body.start);
  return CHAIR_TO_BODY.test(between) ? roleName(chair[1]!) : undefined;
}

/** The person holds (or held) the post: CHAIRED for a chair's, MEMBER_OF for a member's, else AFFILIATED_WITH. */
export function holdsPost(ctx: DocContext, id: string, post: Post, source: Source, rule: string): void {
  const role = chairRole(ctx, post);
  if (role) {
    addChaired(ctx, id, post.body.id, role, source, rule);
    return;
  }
  if (MEMBER_POST.test(post.title)) {
    addEdge(ctx, { type: 'MEMBER_OF', from: id, to: post.body.id, source }, rule);
    return;
  }
  if (post.body.type !== 'Organization') return;
  const properties = props({ title: post.title });
  addEdge(ctx, { type: 'AFFILIATED_WITH', from: id, to: post.body.id, properties, source }, rule);
}

// Posts of the United Nations Secretariat, which name no other body: "as Assistant Secretary-General for Human
// Resources Management", "as the next Under-Secretary-General for Management Strategy, Policy and Compliance".
const UN_POST =
  /^(?:Under-Secretary-General|Assistant\s+Secretary-General|Deputy\s+Secretary-General|Special\s+(?:Representative|Envoy|Adviser|Advisor)\s+(?:of|to)\s+the\s+Secretary-General)\b/;

/** The United Nations, for a Secretariat post naming no body of its own (its node claimed where the post is). */
export function secretariatPost(ctx: DocContext, p: Passage, at: number, post: string): Mention | undefined {
  if (!UN_POST.test(post)) return undefined;
  const un = ctx.gazetteer.byId.get('organization:united-nations');
  if (!un) return undefined;
  const end = at + post.length;
  addNode(ctx, entryNode(un, sourceAt(ctx, p, at, end)), 'appointments:secretariat-post');
  return { id: un.id, type: 'Organization', name: un.name, start: at, end, surface: post, passage: p };
}
