// One segment of a chain of posts after a name (rules/affiliation.ts): a title, a chair-type role, a body
// (known to the gazetteer or by its form) or the Member State the person represents.

import type { DocContext } from '../context.ts';
import type { AffiliationPart } from './affiliation.ts';
import { possessivePost } from './affiliation-possessive.ts';
import { adviserTo, postAt } from './affiliation-posts.ts';
import { stateLongForm } from './affiliation-state-long-form.ts';
import { missionOf } from './affiliation-state-parts.ts';
import { possessiveUnit } from './affiliation-unit-fields.ts';
import { knownBeforeLegalForm } from './legal-form.ts';

// A body's name ends with a word like these, or starts as BODY_HEAD does ("Executive Chairman of Alibaba
// Group", "Director of the Bill & Melinda Gates Foundation"; not "Director of Communications and Policy").
export const BODY_END =
  /\b(?:Group|Foundation|Institute|University|Association|Society|Council|Commission|Corporation|Company|Inc|Ltd|Organi[sz]ation|Agency|Bank|Forum|Union|Network|Alliance|Centre|Center|Committee|Ministry|Office|Secretariat|Department|Division|Section|Branch|Unit|Bureau|Fund|Programme|Trust|Partnership|Initiative|Institution)\.?$/;

// Heads of State and Government and other posts of a State or city are posts too: "Ms. X, Federal
// Chancellor of Germany" (an IGF opening) gave a body "Federal Chancellor of Germany"; so is a seat in a
// parliament: "• X, MP, Nepal" (a speakers' list of an IGF parliamentary roundtable) gave a body "MP"; so is
// an advocate or a champion of a programme ("X, eTrade for Women Advocate for Anglophone Africa").
export const TITLE_WORDS =
  /\b(Chancellor|Mayor|Governor|Senator|MP|MEP|Parliamentarian|Legislator|Premier|King|Queen|Prince|Princess|Emir|Rector|Dean|Judge|Ombudsman|Spokesperson|Director|Member|Officer|President|CEO|Professor|Head|Economist|Associate|Manager|Chair|Chairman|Chairperson|Secretary|Minister|Ambassador|Advis[eo]r|Counsel+or|Fellow|Researcher|Coordinator|Specialist|Analyst|Representative|Deputy|Chief|Lead|Executive|Co-founder|Founder|Partner|Emeritus|Consultant|Expert|Lecturer|Scientist|Editor|Commissioner|Envoy|Delegate|Rapporteur|Advocate|Champion|Vice|Acting|Assistant|Senior|Principal|Under-Secretary|Charg[ée] d['’]affaires)\b/;
// The nouns that head a post written after a body with "and" (affiliation-post-conjunct.ts).
export const POST_HEAD =
  'Advocate|Champion|Ambassador|Envoy|Coordinator|Advis[eo]r|Representative|Rapporteur|Facilitator|Co-[Ff]acilitator|Spokesperson|Patron|Focal Point';
// A post written in lower case after a State's or body's short name is a post too: "Ambassador X, the US
// coordinator for international communications and information policy, outlined …" (a news report on the
// WSIS Tunis phase, 2005) gave a body "US coordinator for …".
const LOWER_POST =
  /^(?:\p{Lu}[\p{L}.]*\s+){1,2}(?:coordinator|ambassador|envoy|advis[eo]r|representative|negotiator|spokes(?:person|man|woman)|minister|director|head|chief)\b/u;
const ROYAL_NAMED = /^(?:King|Queen|Prince|Princess|Emir|Sultan|Sheikh)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\S/u;
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

const COUNTRY_GROUP = /\b(?:Countries|Economies|(?:Developing|Island|Landlocked|Member) States)$/;
const BODY_WORD =
  /\b(?:Organi[sz]ation|Association|League|Group|Union|Forum|Alliance|Community|Conference|Council|Commission|Committee|Office|Bank|Fund|Secretariat|Network|Partnership|Coalition)\b/;

const DESCRIPTION = /^\p{Lu}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*)+$/u;

export const BODY_HEAD =
  /^(?:Permanent Mission|Mission|Embassy|Office|Ministry|Department|Division|Section|Branch|Unit|Secretariat|Bureau|Agency|University|Institute|Centre|Center|Foundation|Commission|Council)\b/;

/**
 * Whether the words before a UN body's name are only "United Nations": "Mr. Marek Belka, Executive Secretary of
 * the United Nations Economic Commission for Europe (UNECE), who chaired the event" (a UNECE press release, 2008)
 * holds the Commission's post; the gazetteer keeps the name without the prefix.
 */
const unPrefixed = (raw: string, from: number, at: number, e: { kind?: string }): boolean =>
  e.kind === 'un-body' && /^(?:United Nations|UN)\s+$/.test(raw.slice(from, at));

/**
 * Whether a known name starting at `at` ends a longer name that starts at `from`: capitalised words before it and
 * no preposition ("CEO of Telefónica Internacional USA", an Arria-formula meeting's briefer, is no post of the
 * United States; "Minister of Foreign Affairs of Kenya" is Kenya's).
 */
const nameTail = (raw: string, from: number, at: number): boolean => {
  const lead = raw.slice(from, at);
  return /^(?:\p{Lu}[\p{L}&.'’-]*\s+)+$/u.test(lead) && !/^(?:The|the)\s+$/.test(lead);
};

export function classify(
  ctx: DocContext,
  raw: string,
  start: number,
  end: number,
): AffiliationPart | undefined {
  if (!raw) return undefined;
  // Initials alone the gazetteer does not know are no body's name: "Statement by X, Senior Advisor, U.S.
  // Delegation for UN General Assembly Second Committee …" (a delegation's statement on ICTs, 2012) cut "U.S."
  // from its noun at the full stop and made a body "U.S.".
  if (/^(?:\p{Lu}\.){1,3}\p{Lu}?\.?$/u.test(raw)) return undefined;
  const chair = CHAIR.exec(raw);
  if (chair) return { kind: 'chair', start, end, text: raw, role: chairRole(chair[1]!) };
  const adviser = adviserTo(ctx, raw);
  if (adviser) return { kind: 'title', start, end, text: raw, ...adviser };
  // "CEO at <body>": the post and the body it is held in (no State: "Professor at Kenya" is no post of it).
  const at = postAt(ctx, raw);
  if (at && at.entry?.kind !== 'member-state')
    return at.entry
      ? { kind: 'title', start, end, text: raw, post: at.post, entry: at.entry }
      : {
          kind: 'title',
          start,
          end,
          text: raw,
          post: at.post,
          body: { text: at.name, start: end - at.name.length, end },
        };
  // "UNDP’s Administrator": the body's post, no body of that name (affiliation-possessive.ts).
  const possessive = possessivePost(ctx, raw);
  if (possessive) return { kind: 'title', start, end, text: raw, ...possessive };
  if (possessive === null) return undefined;
  if (/^[a-z]/.test(raw) && !/^as\b/.test(raw)) return undefined;
  const mission = missionOf(ctx, raw, start, end);
  if (mission) return mission;
  const long = stateLongForm(ctx, raw, start, end);
  if (long) return long;
  // A post alone in a chain is a title, even where the gazetteer knows it as an office ("Ms. X,
  // Secretary-General, UNCTAD" holds UNCTAD's post, not the United Nations Secretary-General's), written with a
  // space as often as a hyphen: "Rebeca Grynspan, Secretary General, UN Trade and Development" (a UN Web TV
  // press conference's speaker list).
  if (/^(?:(?:Deputy|Assistant|Under)[ -])?Secretary[- ]General$|^(?:Deputy )?Director[- ]General$/.test(raw))
    return { kind: 'title', start, end, text: raw };
  const matches = ctx.gazetteer.match(raw).filter((m) => m.entry.type === 'Organization');
  const whole = matches.find((m) => m.start <= 1 && m.end >= raw.length - 1);
  if (whole) {
    const kind = whole.entry.kind === 'member-state' ? 'country' : 'org';
    return { kind, start, end, text: raw, entry: whole.entry };
  }
  const company = knownBeforeLegalForm(ctx, raw);
  if (company) return { kind: 'org', start, end, text: raw, entry: company };
  // A process or group the gazetteer knows is no unknown body ("Mr Chengetai Masango, Internet Governance
  // Forum (IGF) Programme and Technology Manager", IGF 2017 opening page): no organisation of its name.
  if (
    ctx.gazetteer
      .match(raw)
      .some((m) => m.entry.type !== 'Organization' && m.start <= 1 && m.end >= raw.length - 1)
  )
    return undefined;
  // "Head of the Commission on Science and Technology for Development secretariat"
  const of = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/.exec(raw);
  if (of && TITLE_WORDS.test(of[1]!)) {
    // "Permanent Representative of Singapore to the United Nations in New York": the post is Singapore's;
    // the body after "to" is the one it is accredited to (Russian MFA, 2 June 2021; UNODA OEWG page).
    const to = /\s+to\s+(?:the\s+)?\S/.exec(of[2]!);
    const ownEnd = to ? raw.length - of[2]!.length + to.index : raw.length;
    const inner = to
      ? ctx.gazetteer
          .match(raw.slice(0, ownEnd))
          .find((m) => m.entry.type === 'Organization' && m.end >= ownEnd - 1)
      : matches.find(
          (m) =>
            m.end >= raw.length - 1 &&
            (!nameTail(raw, raw.length - of[2]!.length, m.start) ||
              unPrefixed(raw, raw.length - of[2]!.length, m.start, m.entry)),
        );
    if (inner) return { kind: 'title', start, end, text: raw, entry: inner.entry };
    const name = of[2]!;
    const unit = possessiveUnit(ctx, of[1]!, name);
    if (unit) return { kind: 'title', start, end, text: raw, ...unit };
    // Two words at least: "Head of Office" is a post, not a body named "Office".
    if (/^\p{Lu}\S*\s+\S/u.test(name) && (BODY_END.test(name) || BODY_HEAD.test(name)))
      return { kind: 'title', start, end, text: raw, body: { text: name, start: end - name.length, end } };
  }
  // "Mr. X, MAG member from Poland" (an IGF session summary): a membership, not a body of that name.
  if (/^\S.*\smembers?\b/.test(raw)) return undefined;
  // A unit's head word alone names no body: "Mr. X, Executive Director, Secretariat, UN High-level Panel on Digital
  // Cooperation" (a Geneva event's programme) is the Panel's secretariat; its post stays a title.
  if (
    /^(?:Secretariat|Office|Department|Division|Section|Branch|Unit|Bureau|Mission|Headquarters)$/.test(raw)
  )
    return { kind: 'title', start, end, text: raw };
  // "Office of the President of Mexico" names a body even though a title word is inside it.
  if (BODY_HEAD.test(raw) && raw.length <= 90) return { kind: 'org', start, end, text: raw };
  // A body named after a sovereign keeps its name: "• X, Assistant Professor …, King Saud University" (the
  // speakers of an IGF 2023 parliamentary roundtable) is a university, not a King's post.
  if (ROYAL_NAMED.test(raw) && BODY_END.test(raw)) return { kind: 'org', start, end, text: raw };
  if (TITLE_WORDS.test(raw) || LOWER_POST.test(raw) || /^as\b/.test(raw))
    return { kind: 'title', start, end, text: raw };
  // A group of countries is no body: "UN High Representative for Least Developed Countries, Landlocked
  // Countries, and Small Island Developing States" (a Broadband Commission welcome) named a body "Landlocked
  // Countries". A body's word inside keeps it ("Organisation of Eastern Example States").
  if (COUNTRY_GROUP.test(raw) && !BODY_WORD.test(raw)) return undefined;
  // A capital word and then common nouns only describe the person: "Mr. X, Internet pioneer; Ms. Y, CEO
  // at Z" (a consultation bulletin's list of briefers), "Ms. X, Human rights defender". A body's name is
  // written in capitals ("Internet Society", "Paradigm Initiative").
  if (DESCRIPTION.test(raw)) return undefined;
  // A count or a clause is no body's name: "Mr. Y, the 20 members of the Panel served in their
  // personal capacities" (A/74/821 ¶1). A body may start with a digit only inside a word ("3GPP").
  if (/^(?:[A-Z]|\d+\p{L})/u.test(raw) && raw.length <= 90) return { kind: 'org', start, end, text: raw };
  return undefined;
}
