// Membership stated as a composition or a role (MODEL.md MEMBER_OF), the way
// CSTD notices describe their working groups: "the Working Group was composed
// of the following Member States: Brazil, China, Egypt and India", "the
// Internet Society and the International Chamber of Commerce were members of
// the Working Group", "Ms. X, …, participated as a member of the Working
// Group". The group is a working group or a body named in the same sentence
// (or "the Working Group" the document is about, resolved by its mention).

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import {
  addEdge,
  type DocContext,
  type Mention,
  mentionsIn,
  mentionsOverlapping,
  type Sentence,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords([
  'composed of',
  'consists of',
  'consisted of',
  'comprises',
  'comprised',
  'member',
  'the following',
]);
// "<group> was composed of (the following Member States:)? A, B and C".
const COMPOSED =
  /\b(?:is|was|are|were|will be|shall be)\s+(?:composed of|comprised of)\s+|\b(?:consists|consisted|comprises|comprised)\s+(?:of\s+)?/g;
// "A and B were members of <group>", "X … participated as a member of <group>".
const MEMBERS_OF =
  /\b(?:(?:is|was|are|were|became|serves? as|served as)\s+(?:a\s+)?members?|(?:participated|served|sat)\s+as\s+(?:a\s+)?members?)\s+of\s+(?:the\s+)?/g;
// "The following Member States participated in the GGE: Argentina, Australia, … and USA." (UNODA's page on
// the 2012/13 group of governmental experts): taking part in a group is membership (participation-verbs.ts).
const FOLLOWING =
  /\b[Tt]he following (?:Member States|States|countries)\s+(?:participated in|took part in|were members of)\s+(?:the\s+)?/g;
const GROUPS = new Set(['WorkingGroup', 'Organization']);
const MEMBERS = new Set(['Organization', 'Person']);

/** "the following Member States" / "civil society" before the list: the members' stakeholder group. */
function stakeholderGroup(text: string): string | undefined {
  if (/\bMember States\b|\bGovernments?\b/i.test(text)) return 'Member States';
  if (/\bcivil society\b/i.test(text)) return 'civil society';
  if (/\bprivate sector\b|\bbusiness\b/i.test(text)) return 'private sector';
  if (/\btechnical and academic\b/i.test(text)) return 'technical and academic community';
  return undefined;
}

/** Members listed from `from` on: names joined by commas and "and", stopping at the first other words. */
function listed(ctx: DocContext, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  let at = from;
  for (const m of mentionsIn(ctx, from, to)) {
    if (m.start < at || !MEMBERS.has(m.type)) continue;
    if (!/^[\s,;:]*(?:and\s+|as well as\s+)?(?:the\s+)?$/i.test(ctx.doc.text.slice(at, m.start))) break;
    out.push(m);
    const bracket = /^\s*\([^)]{1,12}\)/.exec(ctx.doc.text.slice(m.end, m.end + 16));
    at = m.end + (bracket ? bracket[0].length : 0);
  }
  return out;
}

export function memberListsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p, false)) {
      for (const v of matchesOf(COMPOSED, s.text)) {
        const at = s.start + v.index;
        // The group is the body named last before the verb, with only "the group" words between.
        const group = mentionsIn(ctx, s.start, at)
          .filter((m) => GROUPS.has(m.type))
          .pop();
        if (!group || !/^[\s,]*(?:\([^)]*\)\s*)?$/.test(ctx.doc.text.slice(group.end, at))) continue;
        const after = at + v[0].length;
        const head = /^(?:the following\s+)?(?:[\w\s-]{0,40}?):\s*|^/.exec(
          ctx.doc.text.slice(after, s.end),
        )![0];
        const role = stakeholderGroup(ctx.doc.text.slice(after, after + Math.max(head.length, 40)));
        for (const m of listed(ctx, after + head.length, s.end))
          if (m.id !== group.id)
            addEdge(
              ctx,
              {
                type: 'MEMBER_OF',
                from: m.id,
                to: group.id,
                properties: props({ stakeholderGroup: role }),
                source: sourceAt(ctx, p, group.start, m.end),
              },
              'member-lists:composed',
            );
      }
      for (const v of matchesOf(FOLLOWING, s.text)) following(ctx, p, s, s.start + v.index + v[0].length);
      for (const v of matchesOf(MEMBERS_OF, s.text)) {
        const at = s.start + v.index;
        const after = at + v[0].length;
        // The longest group named from here ("the Working Group" starts at the article the verb took).
        const group = mentionsOverlapping(ctx, after, after + 2)
          .filter((m) => GROUPS.has(m.type) && m.start >= after - 4)
          .sort((a, b) => b.end - a.end)[0];
        if (!group) continue;
        // The members: the names listed at the start of the sentence, or the person the sentence is about.
        // A person's name is followed by their affiliation ("Ms. X, Association for …, participated as a
        // member"): the person alone is the member.
        const subjects = listed(ctx, s.start, at);
        const person = mentionsIn(ctx, s.start, at).find((m) => m.type === 'Person');
        const members = person ? [person] : subjects;
        for (const m of members)
          if (m.id !== group.id)
            addEdge(
              ctx,
              { type: 'MEMBER_OF', from: m.id, to: group.id, source: sourceAt(ctx, p, m.start, group.end) },
              'member-lists:members',
            );
      }
    }
  }
}

/** The States listed after the colon that follows the group "the following Member States participated in". */
function following(ctx: DocContext, p: Passage, s: Sentence, after: number): void {
  const group = mentionsOverlapping(ctx, after, after + 2)
    .filter((m) => m.type === 'WorkingGroup' && m.start >= after - 4)
    .sort((a, b) => b.end - a.end)[0];
  const colon = group ? /^\s*:\s*/.exec(ctx.doc.text.slice(group.end, s.end)) : null;
  if (!group || !colon) return;
  for (const m of listed(ctx, group.end + colon[0].length, s.end))
    if (m.type === 'Organization')
      addEdge(
        ctx,
        {
          type: 'MEMBER_OF',
          from: m.id,
          to: group.id,
          properties: props({ stakeholderGroup: 'Member States' }),
          source: sourceAt(ctx, p, s.start, m.end),
        },
        'member-lists:following',
      );
}
