// Sessions of a working group (rules/meetings.ts): an open-ended working group meets in numbered
// "substantive sessions", each of several numbered meetings, after an "organizational session". "… to
// approve them at the Group's first substantive session in New York on December 13-17, 2021" (a ministry's
// press release on the 2021–2025 OEWG); "(7th meeting) Open-ended working group on … - Second substantive
// session (10–14 February 2020)" (a UN Web TV page title). Only when the group is named with the session:
// "of the <group>", "the Group's" / "the OEWG's", the group's name just before it in a title, or a list
// of sessions on a page about the group. A
// Commission's "twenty-first session" stays the session rule's; a body's session is not a group's. No
// `ordinal` property: the group's meetings are numbered too, and "second substantive session" does not
// follow its "first meeting" (meetings-emit.ts links equal parents by consecutive ordinals).

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsStartingIn,
  sentenceAt,
} from '../context.ts';
import { capitalise, ORDINAL_SOURCE, ordinalWord, parseOrdinal } from '../parse/ordinals.ts';
import { anchoredMatches, wordStart } from './anchored-matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { opensItem } from './meeting-list-items.ts';
import { nameOf, slugOf } from './meetings-lists.ts';

// "first substantive session", "Second substantive session", "its organizational session", "the
// first session": a kind of session a group holds, numbered or the one organizational session. "Third (and
// final) substantive session" says the group's last one in brackets.
// A negotiating committee ends with its "concluding session", resumed as a "reconvened concluding session"
// ("Concluding session, New York, 29 January - 9 February 2024", UNODC's list of the Ad Hoc Committee's sessions).
const GROUP_SESSION = new RegExp(
  `\\b(?:(${ORDINAL_SOURCE})\\s+(?:\\(and\\s+(?:final|last)\\)\\s+)?(substantive\\s+|organi[sz]ational\\s+)?|(organi[sz]ational|(?:reconvened\\s+)?concluding)\\s+)session\\b(?!s)`,
  'iy',
);
const SESSION_ANCHOR = /session\b/gi;

const isGroup = (m: Mention): boolean => m.type === 'WorkingGroup';

// "the Group's", "the Working Group's": the group the document is about; "the OEWG's" is the group named.
const GROUP_POSSESSIVE = /\b(?:the\s+)?(?:[Ww]orking\s+)?Group['’]s\s+$/;
const HOLDS_ITS =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;.]{1,120},\s*)?(?:will\s+|shall\s+|is\s+to\s+)?(?:hold|holds|held|convene[sd]?|resume[sd]?)\s+its\s+$/;
// A title "<group name> - Second substantive session": the group's name ends right before the dash. Or
// right before the session's words on the same line: "OEWG 2021–2025 Organisational session" (dig.watch's
// event report on the OEWG's organisational session), the group's name used as an attribute.
const TITLE_DASH = /(?:\s[-–—]\s+|[^\S\n]+)$/;

/**
 * The working group holding the session at [start, end), or undefined when the text names none: "of the
 * <group>", "the Group's", "<group> will hold its" (a session cited in passing is citedGroup's).
 */
export function groupOf(ctx: DocContext, p: Passage, start: number, end: number): string | undefined {
  const text = ctx.doc.text;
  const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
  if (of) {
    const at = end + of[0].length;
    return mentionsStartingIn(ctx, at, at + 1).find((m) => m.start === at && isGroup(m))?.id;
  }
  const before = text.slice(Math.max(p.start, start - 40), start);
  // "the OEWG's first substantive session": the group named right before the possessive.
  const possessive = /['’]s\s+$/.exec(before);
  if (possessive) {
    const at = start - (before.length - possessive.index);
    const named = lastMentionBefore(ctx, at + 1, isGroup, at - 120);
    if (named && named.end === at) return named.id;
    if (GROUP_POSSESSIVE.test(before))
      return ctx.state.get('workingGroup') ?? lastMentionBefore(ctx, start, isGroup)?.id;
    return undefined;
  }
  // A page's list of the group's sessions, one a line with its place: "- First session, New York, 28
  // February-11 March 2022" under "Meetings of the Ad Hoc Committee" (UNODC's page of the Ad Hoc Committee
  // on cybercrime). Only on a page about that group, named before the list.
  // Numbered, the place after a dash: "2. First substantive session – New York, 9-13 September 2019".
  if (opensItem(p.text, start - p.start) && /^(?:,|\s[-–—])\s+\p{Lu}/u.test(text.slice(end, end + 4))) {
    const about = ctx.state.get('workingGroup');
    return about && lastMentionBefore(ctx, start, isGroup)?.id === about ? about : undefined;
  }
  // "<group>, established by the General Assembly in its resolution 74/247, will hold its reconvened concluding
  // session from 29 July to 9 August 2024" (UNODC's session page): the group, the subject of "hold its", with
  // at most a bracket or an aside between commas before the verb.
  const holder = lastMentionBefore(ctx, start, isGroup, p.start);
  if (holder && HOLDS_ITS.test(text.slice(holder.end, start))) return holder.id;
  const dash = TITLE_DASH.exec(before);
  if (dash) {
    const at = start - (before.length - dash.index);
    const named = lastMentionBefore(ctx, at + 1, isGroup, p.start);
    if (named && named.end === at) return named.id;
  }
  return undefined;
}

// "approved by the Ad Hoc Committee in its first session", "Report of the Ad Hoc Committee … on its fifth
// session" (UNODC's and stakeholders' pages on the cybercrime Ad Hoc Committee): "its" is the group named
// right before it, not the General Assembly whose resolution the sentence cited first (that gave a "First
// session of the United Nations General Assembly" dated by the consultation the page announced). Fronted,
// "the road map … approved at its first session, the Ad Hoc Committee … held its fifth session": "its" is
// the group the comma after the session opens the clause with.
const AT_ITS = /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:at|during|in|on)\s+its\s+$/;
const FRONTED_ITS = /\b(?:at|during|in)\s+its\s+$/i;
const COMMA_THE = /^,\s+(?:the\s+)?/;
const OWNER_AFTER = /^\s+of\b/;
// "… on its sixth session,^{12} which was held from 10 to 12 May 2023" (GA resolution 78/132's preamble): the
// date the session's own participle gives is its date.
const HELD_AFTER = /^,?(?:\^\{\d{1,3}\}|\d{1,3})?,?\s+(?:which\s+was\s+)?held\s+(?:from|on|in|at)\b/;
const BACK_HEAD =
  /\bthe\s+((?:Ad\s+Hoc\s+|Working\s+)?(?:Committee|Group))\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:at|during|in|on)\s+its\s+$/;

// These cite a session in passing ("approved … in its first session (see Annex II …), and …, the second
// intersessional consultation will be held on 13 and 14 June 2022"): a date or place after it is another
// gathering's or a document's ("Revised methodology … at its fifth session (22 February 2023)"), so none is read.
function citedGroup(ctx: DocContext, p: Passage, start: number, end: number): string | undefined {
  // "the reporting of the Working Group to the twenty-first session of the Commission …": the owner is named.
  if (OWNER_AFTER.test(ctx.doc.text.slice(end, end + 8))) return undefined;
  const holder = lastMentionBefore(ctx, start, isGroup, p.start);
  return itsGroup(ctx, holder, start, end) ?? sameSentenceGroup(ctx, p, start);
}

function itsGroup(
  ctx: DocContext,
  holder: Mention | undefined,
  start: number,
  end: number,
): string | undefined {
  const text = ctx.doc.text;
  if (holder && AT_ITS.test(text.slice(holder.end, start))) return holder.id;
  // "the Ad Hoc Committee at its fifth session" on a page about the Ad Hoc Committee: the words that
  // refer back to the document's group, a head of its name.
  const back = BACK_HEAD.exec(text.slice(Math.max(0, start - 80), start));
  const about = ctx.state.get('workingGroup');
  if (back && about && headOf(ctx, about, back[1]!)) return about;
  const comma = COMMA_THE.exec(text.slice(end, end + 8));
  if (!comma || !FRONTED_ITS.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  const at = end + comma[0].length;
  return mentionsStartingIn(ctx, at, at + 1).find((m) => m.start === at && isGroup(m))?.id;
}

/** Whether `words` ("Ad Hoc Committee", "Group") are a head of the group's name. */
const headOf = (ctx: DocContext, group: string, words: string): boolean =>
  new RegExp(`\\b${words.replace(/\s+/g, '\\s+')}\\b`).test(nameOf(group, ctx));

// "… approved by the Ad Hoc Committee in its first session (see Annex II of the report of the first session,
// …)": a bare "the first session" after the document's group in its sentence, no body named between, is
// that group's, not the last Assembly's the page named lines before.
const BARE_THE = /\bthe\s+$/;
const HEAD_WORDS = /\bthe\s+((?:Ad\s+Hoc\s+|Working\s+)?(?:Committee|Group))\b/g;

function sameSentenceGroup(ctx: DocContext, p: Passage, start: number): string | undefined {
  const about = ctx.state.get('workingGroup');
  const text = ctx.doc.text;
  if (!about || !BARE_THE.test(text.slice(Math.max(0, start - 5), start))) return undefined;
  const from = sentenceAt(p, start)?.start ?? p.start;
  let head: RegExpExecArray | undefined;
  for (const m of text.slice(from, start).matchAll(HEAD_WORDS)) if (headOf(ctx, about, m[1]!)) head = m;
  if (!head) return undefined;
  const at = from + head.index;
  const between = mentionsStartingIn(ctx, at, start).some((m) => m.type === 'Organization');
  return between ? undefined : about;
}

/** The sessions of working groups named in passage `p` whose words are still free. */
export function groupSessions(
  ctx: DocContext,
  p: Passage,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  // Up to four words before "session": "Third (and final) substantive session".
  for (const m of anchoredMatches(GROUP_SESSION, SESSION_ANCHOR, p.text, 4, wordStart)) {
    const start = p.start + m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const held = groupOf(ctx, p, start, end);
    const group = held ?? citedGroup(ctx, p, start, end);
    if (!group) continue;
    const n = m[1] ? parseOrdinal(m[1]) : undefined;
    if (m[1] && !n) continue;
    const kind = (m[2] ?? m[3] ?? '').trim().toLowerCase().replace('organis', 'organiz').replace(/\s+/g, ' ');
    const slug = n ? `${kind ? `${kind}-` : ''}session-${n}` : `${kind.replace(' ', '-')}-session`;
    const words = n ? `${ordinalWord(n)} ${kind ? `${kind} ` : ''}session` : `${kind} session`;
    out.push({
      id: `meeting:${slugOf(group)}-${slug}`,
      name: `${capitalise(words)} of the ${nameOf(group, ctx)}`,
      parent: group,
      p,
      start,
      end,
      listed: !held && !HELD_AFTER.test(ctx.doc.text.slice(end, end + 40)),
    });
  }
  return out;
}
