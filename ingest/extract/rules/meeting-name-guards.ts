// What a phrase ending in a gathering noun says about itself, before it is taken as a named meeting
// (rules/meetings-named.ts): a back-reference ("the same meeting"), a length, the year of a summit's outcomes,
// an ownerless yearly gathering, a body that holds sessions, a title run over several lines.

export const NOT_A_MEETING =
  /^(?:same|this|that|next|previous|following|above|first|second|third|fourth|fifth|high level characteristics)\b/i;
// A capitalised ordinal before a capitalised word opens a title, not a back-reference ("The First Open
// Consultations and MAG Meeting of the 2020 IGF preparatory cycle took place from 14 to 16 January 2020",
// IGF 2020 summary ¶1); "the first meeting" stays the ordinal rule's (rules/meetings.ts).
export const TITLED_ORDINAL = /^(?:First|Second|Third|Fourth|Fifth)\s+\p{Lu}/u;
// Nor is an ordinal with a modifier and a topic, which names one of a series: "The second thematic deep dive
// on the Compact was held on 3 May" (a bulletin on an intergovernmental process). "The first meeting" and
// "the first meeting on X" stay the ordinal rule's (rules/meetings.ts).
// A consultation meeting is one of a series too: "the first consultation meeting on Action Line C8 was convened
// by UNESCO on 12 May 2006" (UNESCO's page on the WSIS action line it facilitates).
export const ORDINAL_SERIES =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?!(?:meeting|session|consultations?(?!\s+meeting))\b)[\p{L}-]+\s+.*?\son\s/iu;
// A length alone says how long a gathering ran, not which one it is ("for week-long meeting").
export const LENGTH_ONLY = /^(?:[\w-]+-(?:long|day|days|week|hour))\s+\S+$/i;
// Nor is it part of the name before other words: "a two-day high-level meeting to be held on 16–17 December
// 2025" (UN DESA on WSIS+20) is a high-level meeting, named and identified so.
export const LENGTH_WORD = /^(?:[\w-]+-(?:long|day|days|week|weeks|hour))\s+(?=\S)/i;
// A length counted in figures is no name either: the gathering noun's modifiers never open on a number, so
// "the 5 day event from the 12th to 16th June 2017 in Geneva" (UNESCO's page on its WSIS action lines, of the
// WSIS Forum 2017) leaves a lower-case unit first: "day event" names nothing, "day regional workshop" is a
// regional workshop. Lower case only: "Day Zero Event" may be a title.
export const COUNTED_UNIT = /^(?:days?|weeks?|hours?|months?)\s+(?=\S)/;

// A summit whose outcomes are spoken of is past; a bare year after it is the year of their implementation
// or review, not the summit's: "to implement outcomes of the World Summit on the Information Society (WSIS)
// in 2015" (A/71/67, summary), "the overall review of the implementation of the outcomes of the World Summit
// on the Information Society (WSIS) in 2015" (a WSIS+10 draft outcome). A full date still dates it.
export const OUTCOMES_OF = /\b(?:outcomes?|implementation|results?)\s+of\s+(?:the\s+)?$/i;
// So is a summit whose outcomes follow its name: "The World Summit on the Information Society (WSIS) Outcome
// Documents and the UN General Assembly Resolution 60/252 resolved to conduct an overall review … in 2015" (the
// WSIS+10 preparatory platform's report) dates the review, not the summit.
export const OUTCOMES_AFTER = /^\s*(?:\([^()\n]{1,15}\)\s*)?[Oo]utcomes?\b/;

// A yearly or regular gathering with no owner named is none in particular: "Annual meeting Information" over
// "11-12 September 2024, …" (a table heading on the IGF's page of regional initiatives).
export const OWNERLESS = /^(?:[Aa]nnual|[Rr]egular|[Oo]rdinary)\s+\S+$/;
// A quantity or an extent before the noun counts gatherings, it names none: "builds on months of work, including
// extensive global consultations, and the publication of an interim report in December 2023" (the page of the
// Secretary-General's advisory body on AI) held no consultations in December; nor did "several regional
// workshops" or "numerous consultations". Lower case only: "Several Voices Summit" may be a title.
export const COUNTED =
  /^(?:including\s+)?(?:extensive|several|numerous|many|various|multiple|countless|some|few)\s/;
// A panel whose report or members are spoken of is a body, not a gathering: "Unpacking the High-Level Panel’s
// report" (an event page on the Secretary-General's High-level Panel on Digital Cooperation) dates no panel.
export const PANEL_OWNS =
  /^['’]s\s+(?:report|recommendations?|members?|mandate|work|secretariat|terms\s+of\s+reference)\b/i;
// A plural subject before "meeting" makes it a participle, not a gathering's noun: "We, the representatives of
// the Latin American and Caribbean countries meeting in the city of San Salvador from 6 to 8 February 2008"
// (ECLAC's San Salvador Commitment) names no "Caribbean countries meeting"; nor "Ministers meeting in Lima".
export const PARTICIPLE_MEETING =
  /\b(?:countries|States|nations|representatives|delegates|delegations|participants|[Mm]inisters|[Pp]arties|[Gg]overnments|leaders|we)\s+meeting$/;
export const PREPARATORY = /\b[Pp]reparatory\s+\S+$/;
// A gathering held to launch or mark another is named through it: "the high-level multi-stakeholder informal
// meeting to launch the Global Dialogue on Artificial Intelligence (AI) Governance, in New York today" (the
// Secretary-General's remarks, September 2025) is that meeting, not the Dialogue held on its day.
export const HELD_TO = /^\s+to\s+(?:launch|commemorate|mark|celebrate|open)\s+the\s+$/i;

// A body that holds sessions is no gathering of its own: "the 37th session of UNESCO's General Conference"
// (CONNECTing the Dots conference page), "the fourth session of the Conference": the session is the meeting.
export const HOLDS_SESSION = /\bsessions?\s+of\s+(?:the\s+)?(?:[\p{L}.-]+['’]s\s+)?$/u;

// A gathering named at the end of a review's "of" chain is not what the sentence dates: "looks forward to the
// high-level overall review of the implementation of the outcomes of the World Summit on the Information Society,
// to be held on 16 and 17 December 2025" (A/RES/80/118 para 36) dates the review, twenty years after the Summit.
// So does its follow-up: an intersessional panel's masthead "The follow-up to the World Summit on the Information
// Society at the international and regional levels" over "Geneva, Switzerland, 15–17 December 2010" (E/CN.16/2011/
// CRP.1) dates the panel. Lower-case words only between them: the chain stays in one noun phrase.
export const REVIEW_OF = /\b(?:review|follow-up)(?:\s+[a-z][a-z-]*){0,10}?\s+(?:of|on|to)\s+(?:the\s+)?$/;

// A description set off by commas after a gathering's name is not a second gathering: "the NETmundial+10, a
// second global multistakeholder meeting on the future of Internet governance, will take place in São Paulo …
// on April 29 and 30, 2024" (CGI.br's announcement) names NETmundial+10 only.
export const APPOSITIVE_BEFORE = /[\p{Lu}\d+][\p{L}\d+.-]*\s*,\s+an?\s+$/u;

/** Both names are titles: every word capitalised (or an acronym) up to the gathering noun. */
export function titled(a: string, b: string): boolean {
  const title = (x: string) =>
    /^(?:(?:\p{Lu}[\p{L}-]*|\d{4})\s+)*\p{Lu}\p{Ll}+/u.test(x.trim()) && !/\s\p{Ll}/u.test(x.trim());
  return title(a) && title(b);
}

/** Where the last line a gathering's name runs onto opens with a capital or a digit (0: no such line). */
export function lineOpening(phrase: string): number {
  let at = 0;
  for (const b of phrase.matchAll(/\n[ \t]*(?=[\p{Lu}\d])/gu)) at = b.index + b[0].length;
  return at;
}

// A gathering named by its year is not held in a later one: "The 2023 Meeting of the High Contracting Parties …
// decided to organize \"the Group of Governmental Experts …, from 4 to 8 March 2024 …\"" (UNODA's page of the CCW
// group on lethal autonomous weapons systems) dates the group's session it organised, not the Meeting.
export const laterThanNamed = (phrase: string, start: string): boolean =>
  /^(?:19|20)\d{2}\s/.test(phrase) && start.slice(0, 4) > phrase.slice(0, 4);
