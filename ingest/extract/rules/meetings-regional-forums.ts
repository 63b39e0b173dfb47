// A regional or national IGF's numbered edition: "The fifth African Internet Governance Forum (AfIGF) took
// place in Durban, South Africa, on 16-18 October 2016" (a report page on the AfIGF 2016), "We, participants
// of the 7th West African Internet Governance Forum (WAIGF), meeting in Abuja, from 18th to 19th June 2015"
// (a WAIGF communiqué), "The 16th Latin American and Caribbean Internet Governance Forum (LACIGF) held in
// Bogota, Colombia, on December 4 and 5, 2023", "Fourth Session of West Africa Internet Governance Forum",
// "the 13th edition of the West Africa Internet Governance Forum", "The Fourth Annual Meeting of the Arab
// Internet Governance Forum". Such a forum is its own (local-initiatives.ts), not the IGF's edition: the
// meeting is named by its ordinal and the forum's name as written, and is part of the forum's process when the
// gazetteer knows it (knownForum), else of nothing. Its days and place follow its name in the sentence (meetings-emit.ts), or a heading's days are
// the line under it ("Third African Internet Governance Forum" over "10 - 12 July 2014", the AfIGF 2014
// report). A forum in a heading's capitals ("7TH WEST AFRICAN INTERNET GOVERNANCE FORUM") is left to its
// prose mention.

import { type DocContext, indexOfPassage } from '../context.ts';
import { ordinalNumeral, parseOrdinal } from '../parse/ordinals.ts';
import { anchoredMatches } from './anchored-matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { localInitiative } from './local-initiatives.ts';
import { dateAlone } from './meeting-date-lines.ts';
import { dateAfter } from './meeting-dates.ts';

// The ordinal, a noun of editions ("Session of", "edition of the", "Annual Meeting of the"), then the
// forum's own words: capitalised, "and" between them ("Latin American and Caribbean"). Not a forum's body
// ("Internet Governance Forum Secretariat"): no capitalised word after its name.
// The ordinal is any word here, in figures or letters and of any case ("Fourth", "fifth"), that
// parseOrdinal reads: the names' capitals need a case-sensitive expression.
// Sticky, tried only in the 14 words before each "Internet Governance Forum" (anchored-matches.ts): from
// every letter of a passage, its first word cost three times more than all its matches.
const EDITION =
  /(?<![\p{L}\d])(\d{1,3}(?:st|nd|rd|th)|\p{L}+(?:-\p{L}+)?)\s+(?:(?:[Aa]nnual\s+)?(?:[Ss]ession|[Ee]dition|[Mm]eeting)\s+of\s+(?:the\s+)?)?((?:\p{Lu}[\p{L}-]+\s+(?:and\s+)?){1,4})(Internet Governance Forum)(?!s|[^\S\n]+\p{Lu})/uy;
const FORUM = /Internet Governance Forum/g;
// Ordinal 1, "Annual Session of the" 4, the forum's words 4 with an "and" after each.
const EDITION_WORDS = 14;

const asciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
/** A start the expression may take: no ASCII character but a letter or digit, none before it (others: the expression decides). */
const canStart = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128 && !asciiAlnum(c)) return false;
  if (i === 0) return true;
  const b = text.charCodeAt(i - 1);
  return b >= 128 || !asciiAlnum(b);
};

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The numbered editions of regional and national IGFs named in the text. */
export function regionalForumEditions(
  ctx: DocContext,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!namesLocalForum(ctx, p)) continue;
    for (const m of anchoredMatches(EDITION, FORUM, p.text, EDITION_WORDS, canStart)) {
      const n = parseOrdinal(m[1]!);
      const words = m[2]!.trim();
      const start = p.start + m.index;
      const end = start + m[0].length;
      const forumAt = end - m[3]!.length;
      // Capitals throughout are a heading's; the forum must be a local one, not the IGF.
      if (!n || /^\p{Lu}+$/u.test(words.replace(/[\s-]/g, '')) || !localInitiative(ctx, { start: forumAt }))
        continue;
      if (!free(start, end)) continue;
      const forum = `${words} ${m[3]}`;
      const parent = knownForum(ctx, forum);
      out.push({
        id: `meeting:${slug(forum)}-${n}`,
        name: `${ordinalNumeral(n)} ${forum}`,
        ordinal: n,
        ...(parent ? { parent } : {}),
        p,
        start,
        end,
        ...optionalDate(dateAfter(ctx, p, end, p.end, false) ?? dateLineUnder(ctx, p)),
      });
    }
  }
  return out;
}

// A regional forum the gazetteer knows as a process of its own (the African, Arab, Asia Pacific and Latin
// American and Caribbean IGFs): its numbered edition is part of it ("The third African Internet Governance
// Forum was held in Abuja", the AfIGF 2014 report ¶1). A national forum stays part of nothing.
export function knownForum(ctx: DocContext, forum: string): string | undefined {
  return ctx.gazetteer
    .matchType(forum, 'Process')
    .find((x) => x.start === 0 && x.end === forum.length && !x.entry.annual)?.entry.id;
}

/**
 * Whether a forum's name in `p` is a local initiative's: every edition kept has its forum there (`forumAt`),
 * so a passage naming only the IGF (most) is not searched from its names' words at all.
 */
function namesLocalForum(ctx: DocContext, p: FoundMeeting['p']): boolean {
  FORUM.lastIndex = 0;
  for (let f = FORUM.exec(p.text); f !== null; f = FORUM.exec(p.text))
    if (localInitiative(ctx, { start: p.start + f.index })) {
      FORUM.lastIndex = 0;
      return true;
    }
  return false;
}

/** The days alone on the passage after a one-line heading `p`, or none. */
function dateLineUnder(ctx: DocContext, p: FoundMeeting['p']): FoundMeeting['date'] {
  const head = p.text.trim();
  if (head.includes('\n') || head.length > 120) return undefined;
  const line = ctx.passages[indexOfPassage(ctx, p) + 1]?.text.trim() ?? '';
  return line.includes('\n') ? undefined : dateAlone(line);
}

function optionalDate(date: FoundMeeting['date']): { date?: FoundMeeting['date'] } {
  return date ? { date } : {};
}
