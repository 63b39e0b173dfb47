// "Name, Title, Organisation, Country" (issue 3, item 3: "Ms. Shamika N.
// Sirimanne, Director, Division on Technology and Logistics, UNCTAD"): the
// comma-separated words after a name, read as titles, organisations and a
// country. The last organisation of the chain is the one the person holds a
// post in; a country after an organisation is where that organisation is; a
// country alone is the Member State the person represents.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';
import { adviserTo } from './affiliation-posts.ts';

export interface AffiliationPart {
  readonly kind: 'title' | 'org' | 'country' | 'chair';
  /** Document offsets of the words. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry?: GazetteerEntry;
  /** Chair-type role for kind 'chair'. */
  readonly role?: string;
  /** For a title "consultant to <body>": the post's words. */
  readonly post?: string;
  /** For a title "… of <body>" whose body no gazetteer entry names: the body's words. */
  readonly body?: { readonly text: string; readonly start: number; readonly end: number };
}

// A body's name ends with a word like these, or starts as BODY_HEAD does ("Executive Chairman of Alibaba
// Group", "Director of the Bill & Melinda Gates Foundation"; not "Director of Communications and Policy").
const BODY_END =
  /\b(?:Group|Foundation|Institute|University|Association|Society|Council|Commission|Corporation|Company|Inc|Ltd|Organi[sz]ation|Agency|Bank|Forum|Union|Network|Alliance|Centre|Center|Committee|Ministry|Office|Secretariat|Department|Division|Section|Branch|Unit|Bureau|Fund|Programme|Trust|Partnership|Initiative|Institution)\.?$/;

export const TITLE_WORDS =
  /\b(Director|Member|Officer|President|CEO|Professor|Head|Economist|Associate|Manager|Chair|Chairman|Chairperson|Secretary|Minister|Ambassador|Advis[eo]r|Counsel+or|Fellow|Researcher|Coordinator|Specialist|Analyst|Representative|Deputy|Chief|Lead|Executive|Founder|Partner|Emeritus|Consultant|Expert|Lecturer|Scientist|Editor|Commissioner|Envoy|Delegate|Rapporteur|Vice|Acting|Assistant|Senior|Principal|Under-Secretary)\b/;
const CHAIR =
  /^(?:as\s+)?(?:the\s+)?(Acting Chair|Vice[- ]Chair|Co-Chair|Chair(?:man|person)?)\b(?:\s+of\s+(?:the\s+)?(.+))?$/i;
const CHAIR_ROLE: Record<string, string> = {
  'acting chair': 'Acting Chair',
  'vice-chair': 'Vice-Chair',
  'vice chair': 'Vice-Chair',
  'co-chair': 'Co-Chair',
};

function chairRole(word: string): string {
  return CHAIR_ROLE[word.toLowerCase()] ?? 'Chair';
}

// A list of focal points or a signature block puts the title and the body on the lines under the name
// ("Mr. George Tebagana, Third Secretary\nPermanent Mission of the Republic of Uganda"). A line break
// continues the chain only into a title or a body, never into running text or the next person's name.
const NEXT_LINE = /^[^\S\n]*\n[^\S\n]*/;
const AND_POST =
  /^\s+and\s+(?=(?:Head|Director|Chief|President|Member|Chair(?:man|person)?|Founder|Coordinator|Deputy|Vice[- ]Chair)\s+of\s)/;
const HONORIFIC_START =
  /^(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Prof\.|Professor|Ambassador|Judge|Sir|Dame)\s/;
// An abbreviated honorific starts a name; a spelled-out one only before two capitalised words ("Professor
// Richard Ernst"), since it is also a title ("Professor Emeritus for International Communication Policy").
const NEXT_PERSON =
  /^(?:(?:H\.\s?E|Mr|Ms|Mrs|Mx|Dr|Prof)\.?(?:\s+\p{Lu}|$)|(?:Professor|Ambassador|Judge|Sir|Dame)\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u;
const BODY_HEAD =
  /^(?:Permanent Mission|Mission|Embassy|Office|Ministry|Department|Division|Section|Branch|Unit|Secretariat|Bureau|Agency|University|Institute|Centre|Center|Foundation|Commission|Council)\b/;

// First words of the gazetteer's names that hold a comma, by gazetteer: only a segment starting so is
// looked up whole (a look-up per segment of every chain cost a visible share of the people rule).
const commaStarts = new WeakMap<object, Set<string>>();
const firstWord = (text: string): string => /^(?:the\s+)?(\S+)/i.exec(text.trim())?.[1]?.toLowerCase() ?? '';

function commaNameStarts(ctx: DocContext): Set<string> {
  let set = commaStarts.get(ctx.gazetteer);
  if (!set) {
    set = new Set();
    for (const e of ctx.gazetteer.entries)
      for (const n of [e.name, ...e.aliases]) if (n.includes(',')) set.add(firstWord(n));
    commaStarts.set(ctx.gazetteer, set);
  }
  return set;
}

function lineContinues(part: AffiliationPart | undefined): boolean {
  if (!part) return false;
  if (part.kind === 'title' || part.kind === 'chair' || part.entry) return true;
  return part.kind === 'org' && BODY_HEAD.test(part.text);
}

/** Parses the chain starting at document offset `from` (just after the name). */
export function parseAffiliation(ctx: DocContext, from: number, limit: number): AffiliationPart[] {
  const text = ctx.doc.text;
  const out: AffiliationPart[] = [];
  let pos = from;
  const m = /^\s*,\s*/.exec(text.slice(pos, limit)) ?? NEXT_LINE.exec(text.slice(pos, limit));
  if (!m) return out;
  let newLine = !m[0].includes(',');
  pos += m[0].length;
  while (pos < limit) {
    const rest = text.slice(pos, limit);
    // A segment also ends where the next person of a pair starts: "Ambassador of Latvia and Ambassador Lana …".
    const seg =
      /^([^,;()\n]*?)(?=,\s|;|\.\s|\.$|\.\n|$|\n|\(|\s+and\s+(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Ambassador|Professor)\s|\s+and\s+(?:Head|Director|Chief|President|Member|Chair(?:man|person)?|Founder|Coordinator|Deputy|Vice[- ]Chair)\s+of\s)/.exec(
        rest,
      );
    if (!seg?.[1]) break;
    let raw = seg[1];
    let segLength = seg[0].length;
    // A known name with a comma in it is one body: "United Nations Educational, Scientific and Cultural
    // Organization (UNESCO)", not a title "United Nations Educational" and a body "Scientific and …".
    if (rest[segLength] === ',' && commaNameStarts(ctx).has(firstWord(seg[1]))) {
      const whole = ctx.gazetteer
        .match(rest.slice(0, 160))
        .find((g) => g.entry.type === 'Organization' && g.start <= 4 && g.end > segLength);
      if (whole && /^(?:the\s+)?$/i.test(rest.slice(0, whole.start))) {
        raw = rest.slice(0, whole.end);
        segLength = whole.end;
      }
    }
    let start = pos;
    const lead = /^(?:and\s+|from\s+|the\s+)+/i.exec(raw);
    if (lead) {
      raw = raw.slice(lead[0].length);
      start += lead[0].length;
    }
    const end = start + raw.length;
    // The next person of a list ("Professor Richard Ernst, Dr. Hamadoun Touré, Secretary-General of …").
    if ((newLine && HONORIFIC_START.test(raw)) || NEXT_PERSON.test(raw)) break;
    const part = classify(ctx, raw.trim(), start, end);
    if (!part || (newLine && !lineContinues(part))) break;
    // ", and Michael Example, who is …": after "and", words no gazetteer knows and no body's form
    // are the next item of the sentence (often the next person), not a body the person belongs to.
    if (
      lead &&
      /\band\b/i.test(lead[0]) &&
      part.kind === 'org' &&
      !part.entry &&
      !BODY_END.test(part.text) &&
      !BODY_HEAD.test(part.text)
    )
      break;
    // "Ms. X, Philippines and United States of America": two Member States, not one body of that name.
    const states = part.kind === 'org' && !part.entry ? twoStates(ctx, raw.trim(), start) : undefined;
    if (states) out.push(...states);
    else out.push(part);
    // What follows a mission is its seat ("… to the UN, Geneva"), not another body.
    if (part.kind === 'country' && /Mission\s+of\b/.test(part.text)) break;
    pos = pos + segLength;
    // Two posts joined by "and": "Director of DiploFoundation and Head of the Geneva Internet Platform".
    const sep =
      /^,\s*/.exec(text.slice(pos, limit)) ??
      AND_POST.exec(text.slice(pos, limit)) ??
      NEXT_LINE.exec(text.slice(pos, limit));
    if (!sep) break;
    newLine = !sep[0].includes(',');
    pos += sep[0].length;
  }
  return out;
}

/** "Permanent Mission of the Republic of Uganda to the UN": the Member State the person represents. */
function missionOf(ctx: DocContext, raw: string, start: number, end: number): AffiliationPart | undefined {
  const m = /^(?:Permanent\s+)?Mission\s+of\s+(?:the\s+)?(.+?)(?:\s+to\s+.*)?$/.exec(raw);
  if (!m) return undefined;
  const state = ctx.gazetteer
    .match(m[1]!)
    .find((x) => x.entry.kind === 'member-state' && x.end >= m[1]!.length - 1);
  return state ? { kind: 'country', start, end, text: raw, entry: state.entry } : undefined;
}

/** "<Member State> and <Member State>" (a dual nationality in a roster): each State, else undefined. */
function twoStates(ctx: DocContext, raw: string, start: number): AffiliationPart[] | undefined {
  const and = /\s+and\s+/.exec(raw);
  if (!and) return undefined;
  const halves: [string, number][] = [
    [raw.slice(0, and.index), start],
    [raw.slice(and.index + and[0].length), start + and.index + and[0].length],
  ];
  const out: AffiliationPart[] = [];
  for (const [text, at] of halves) {
    const state = ctx.gazetteer
      .match(text)
      .find((m) => m.entry.kind === 'member-state' && m.start <= 4 && m.end >= text.length - 1);
    if (!state || !/^(?:the\s+)?$/i.test(text.slice(0, state.start))) return undefined;
    out.push({ kind: 'country', start: at, end: at + text.length, text, entry: state.entry });
  }
  return out;
}

function classify(ctx: DocContext, raw: string, start: number, end: number): AffiliationPart | undefined {
  if (!raw) return undefined;
  const chair = CHAIR.exec(raw);
  if (chair) return { kind: 'chair', start, end, text: raw, role: chairRole(chair[1]!) };
  const adviser = adviserTo(ctx, raw);
  if (adviser) return { kind: 'title', start, end, text: raw, ...adviser };
  if (/^[a-z]/.test(raw) && !/^as\b/.test(raw)) return undefined;
  const mission = missionOf(ctx, raw, start, end);
  if (mission) return mission;
  // A post alone in a chain is a title, even where the gazetteer knows it as an office ("Ms. X,
  // Secretary-General, UNCTAD" holds UNCTAD's post, not the United Nations Secretary-General's).
  if (/^(?:(?:Deputy|Assistant|Under)[ -])?Secretary-General$|^(?:Deputy )?Director-General$/.test(raw))
    return { kind: 'title', start, end, text: raw };
  const matches = ctx.gazetteer.match(raw).filter((m) => m.entry.type === 'Organization');
  const whole = matches.find((m) => m.start <= 1 && m.end >= raw.length - 1);
  if (whole) {
    const kind = whole.entry.kind === 'member-state' ? 'country' : 'org';
    return { kind, start, end, text: raw, entry: whole.entry };
  }
  // "Head of the Commission on Science and Technology for Development secretariat"
  const of = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/.exec(raw);
  if (of && TITLE_WORDS.test(of[1]!)) {
    const inner = matches.find((m) => m.end >= raw.length - 1);
    if (inner) return { kind: 'title', start, end, text: raw, entry: inner.entry };
    const name = of[2]!;
    // Two words at least: "Head of Office" is a post, not a body named "Office".
    if (/^\p{Lu}\S*\s+\S/u.test(name) && (BODY_END.test(name) || BODY_HEAD.test(name)))
      return { kind: 'title', start, end, text: raw, body: { text: name, start: end - name.length, end } };
  }
  // "Office of the President of Mexico" names a body even though a title word is inside it.
  if (BODY_HEAD.test(raw) && raw.length <= 90) return { kind: 'org', start, end, text: raw };
  if (TITLE_WORDS.test(raw) || /^as\b/.test(raw)) return { kind: 'title', start, end, text: raw };
  // A count or a clause is no body's name: "Mr. Y, the 20 members of the Panel served in their
  // personal capacities" (A/74/821 ¶1). A body may start with a digit only inside a word ("3GPP").
  if (/^(?:[A-Z]|\d+\p{L})/u.test(raw) && raw.length <= 90) return { kind: 'org', start, end, text: raw };
  return undefined;
}
