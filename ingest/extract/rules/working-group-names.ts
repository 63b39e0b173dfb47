// Where a document names a working group, panel or group of experts, and what
// its name is (working-groups.ts builds the groups from these): "Working Group
// on Enhanced Cooperation (2016–2018)", "2013-2014 WGEC", "CSTD WG on …".

import { initials } from '../../resolve/names.ts';
import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// A lone capital before a lower-case word is the next clause, not the name: "the Working Group on
// Enhanced Cooperation I would like to thank" (a letter from the Chair of the CSTD).
// "in the" and "of" join capitalised words of one name ("of the" names the body it belongs to): "Group of Governmental Experts on
// Developments in the Field of Information and Telecommunications in the Context of International Security".
// A match opens on "first", "previous", "earlier", "former", a year or a capital: that one character is
// tested before the optional words at each word (most words open on none of them).
const NAMED =
  /\b(?=[\dA-Zefp])(?:(first|previous|earlier|former)\s+)?(?:(\d{4})\s*[-–]\s*(\d{4})\s+)?(?:([A-Z]{2,6})\s+)?(Working Group|WG|High-[Ll]evel Panel|Group of (?:Governmental )?Experts|Expert Group)\s+on\s+((?:[A-Z][\w-]*)(?:\s+(?:(?![A-Z]\s+[a-z])[A-Z][\w-]*|(?:and|for|on|in|of)(?=\s+[A-Z])|(?:to|in)\s+the(?=\s+[A-Z])))*)(?:\s*\((\d{4})\s*[-–]\s*(\d{4})\))?/g;

const GOES_ON = /^\s+(?:with|under|between|among|within|on\s+the)\s+(?:the\s+)?\p{Lu}/u;
// Or a copy cut inside the next word: "The consensus report of the Group of Governmental Experts on
// Developments in the Field of Information and Telecommunications in t" (the last words of a page of A/69/112).
const CUT_AT_END = /^\s+(?:(?:in|of|to|on|for)\s+the|and|of|in|on|for)(?:\s+\p{L}{1,3})?\s*$/u;

// An acronym in brackets followed by a capitalised word: the brackets gloss a name inside the group's name,
// and the name goes on after them ("the CSTD Working Group on Internet Governance Forum (IGF) Improvements
// (2011-2012)", UN press release on the 2019 MAG Chair, was read as a "Working Group on Internet Governance
// Forum" with the years of another group).
const INNER_GLOSS = /^\s*\(([A-Z]{2,8})\)\s+\p{Lu}/u;

// A topic ending in a word that numbers an instrument or a part of one.
const NUMBERED_END = /\b(?:Resolutions?|Decisions?|Articles?|Recommendations?|Items?|Questions?|Sections?)$/;

// Groups set up to do a defined piece of work (MODEL.md "WorkingGroup": "an expert panel"): working
// groups, the Secretary-General's high-level panels ("High-level Panel on Digital Cooperation",
// constituted on 12 July 2018), groups of governmental experts. NAMED needs one of these words (the test
// ignores case, trigger-words.ts; a passage holding one in other letters is only searched).
const HEAD_WORDS = triggerWords(['working group', 'wg', 'panel', 'experts', 'expert group']);

function headOf(head: string): string {
  if (head === 'WG') return 'Working Group';
  return head.replace(/^High-Level/, 'High-level');
}

export interface WgMention {
  readonly p: Passage;
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly acronym: string;
  readonly span?: [number, number];
  readonly earlier: boolean;
  readonly orgAcronym?: string;
}

/** Every named working group, panel or expert group of the document, with its years when the name has them. */
export function findMentions(ctx: DocContext): WgMention[] {
  const out: WgMention[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, HEAD_WORDS)) continue;
    yearsGroups(p, out);
    for (const m of matchesOf(NAMED, p.text)) {
      // A name cut before its number is no name: "the WG on Resolution 149 (WGDef)" (an ITU invitation to
      // the Council Working Groups on Resolutions 140, 141 and 149) was read as a "Working Group on Resolution".
      if (NUMBERED_END.test(m[6]!) && /^\s*\d/.test(p.text.slice(m.index + m[0].length))) continue;
      // A name that goes on past a lower-case word is longer than the capitals read: "the Working Group on
      // Work with the International Telecommunication Union under the RCC Commission …" (an RCC report on
      // the ITU Council 2023) is no "Working Group on Work". Nor is "the Council Working Group on World Summit
      // on the Information Society" (ITU Council resolution 1305) a "Working Group on World Summit". Its end
      // cannot be told: leave it out.
      if (GOES_ON.test(p.text.slice(m.index + m[0].length))) continue;
      // A heading split over lines ends its passage inside the name: "Group of Governmental Experts on
      // Developments in the" over "Field of Information and Telecommunications …" (A/70/174's masthead).
      if (CUT_AT_END.test(p.text.slice(m.index + m[0].length))) continue;
      // Its end cannot be told either; the group's own acronym in brackets ("(WGEC) Chair") is no such gloss.
      const gloss = INNER_GLOSS.exec(p.text.slice(m.index + m[0].length));
      if (gloss && gloss[1] !== initials(`${headOf(m[5]!)} on ${m[6]!}`)) continue;
      // "Working Group on Improvements to the Internet Governance Forum" is a name; in "the report of the
      // Working Group on Enhanced Cooperation to the Commission" the body reported to is not.
      const cut = reportedTo(ctx, m[6]!);
      const whole = cut === undefined ? m[0] : m[0].slice(0, m[0].indexOf(m[6]!) + cut);
      // A name wrapped over lines is one name: its line breaks are spaces.
      const topic = (cut === undefined ? m[6]! : m[6]!.slice(0, cut))
        .replace(/\s+/g, ' ')
        .replace(/\s+(?:and|of|the|for|on|in)$/, '');
      const region = m[1] || m[2] || m[4] ? undefined : regionBefore(p.text, m.index);
      const name = `${region ? `${region} ` : ''}${headOf(m[5]!)} on ${topic}`;
      const y1 = m[2] ?? m[7];
      const y2 = m[3] ?? m[8];
      out.push({
        p,
        start: p.start + m.index - (region ? region.length + 1 : 0),
        end: p.start + m.index + whole.length,
        name,
        acronym: initials(name),
        span: y1 && y2 ? [Number(y1), Number(y2)] : undefined,
        earlier: Boolean(m[1]),
        orgAcronym: m[4],
      });
    }
  }
  return out;
}

// A region's own group keeps its region in its name: "the Arab Working Group on Domain Names and Internet
// Issues (AWGDNII)" (ESCWA news on the Arab IGF, 2012) is the League of Arab States' group, no UN working
// group "on Domain Names and Internet Issues".
const REGION_BEFORE =
  /(?<![\p{L}-])(Arab|African|Asian|Asia-Pacific|European|Caribbean|Latin American|Pacific|Nordic|Ibero-American)\s+$/u;

function regionBefore(text: string, at: number): string | undefined {
  return REGION_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1];
}

// A group of governmental experts named by its years alone: "the 2012/13 Group of Governmental Experts",
// "the 2019-2021 Group of Governmental Experts" (UNODA's page on information security): the First
// Committee sets one up every few years on the same subject, so the years tell which.
const YEARS_GROUP = /\b(\d{4})\s*[-–/]\s*(\d{4}|\d{2})\s+(Group of Governmental Experts)\b(?!\s+on\s)/g;

function yearsGroups(p: Passage, out: WgMention[]): void {
  if (!p.text.includes('Group of Governmental Experts')) return;
  for (const m of matchesOf(YEARS_GROUP, p.text)) {
    const from = Number(m[1]);
    const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (to < from || to - from > 5) continue;
    const name = m[3]!;
    out.push({
      p,
      start: p.start + m.index,
      end: p.start + m.index + m[0].length,
      name,
      acronym: initials(name),
      span: [from, to],
      earlier: false,
    });
  }
}

/** Where "to the <body>" starts in a topic when the body is an organisation (reported to), else undefined. */
function reportedTo(ctx: DocContext, topic: string): number | undefined {
  for (const m of topic.matchAll(/\s+to\s+the\s+/g)) {
    const after = topic.slice(m.index + m[0].length);
    const body = ctx.gazetteer.match(after)[0];
    if (body && body.start === 0 && body.entry.type === 'Organization') return m.index;
  }
  return undefined;
}
