// People named by their post instead of an honorific, as UN press releases
// and meeting pages write them (issue 3, item 3: people with title and
// organisation):
//   - the post before the name: "Secretary-General António Guterres",
//     "UNCTAD Secretary-General Rebeca Grynspan", "ITU Director-General …";
//   - the post after the name, in a list: "co-chaired by Melinda Gates,
//     Co-Chair of the Bill & Melinda Gates Foundation, and Jack Ma, Executive
//     Chairman of Alibaba Group".
// A name is two to four capitalised words that no other rule has taken (a
// body, a place the gazetteer knows, a person with an honorific).

import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsOverlapping, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { bracketAffiliation } from './affiliation-bracket.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { honorificSlip } from './honorific-typos.ts';
import { assemblyPost } from './titled-people-assembly.ts';
import { HEADLINE_WORD, INITIALLED_NAME, person, taken } from './titled-people-names.ts';
import { postsOfBefore } from './titled-people-post-of.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// A regional commission's head is its Executive Secretary: "ESCAP Executive Secretary Shamshad Akhtar noted
// …" (IISD on ESCAP's ICT committee, 2016), "Alicia Bárcena, Executive Secretary of ECLAC" (eLAC news).
// The Secretary-General's envoys are named by their subject: "Secretary-General's Envoy on Technology
// Amandeep Singh Gill" (a news item on the IGF Leadership Panel, 2022), "Envoy on Youth …".; the press's short form
// of that post is "UN Tech Envoy Amandeep Singh Gill" (news of the Global Digital Compact's negotiation, 2024).
// A host country's head of government opens an annual meeting beside the Secretary-General: "The event was
// opened by Secretary-General X and Chancellor Y" (a UN DESA page on an IGF annual meeting).
// A member of Switzerland's Federal Council, the host's chair of WSIS Forum events: "represented by Federal
// Councillor Albert Rösti, Head of the Federal Department of …" (the Chair's summary of the WSIS+20 Forum).
// The press also drops the post's hyphen: "The forum recalled UN Secretary General Mr. Antonio Guterres's message
// to the WSIS Forum" (UNESCO on WSIS implementation, 2017, u103); the title is written with it (SECRETARY_GENERAL).
// Whose post it is stays as with the hyphen: the body right before, else the gazetteer's office, which
// own-secretary-general.ts leaves out in a document of a body with a Secretary General of its own.
const POST_BEFORE =
  '(?:Deputy |Under-)?Secretary[- ]General|Director-General|Executive Director|Executive Secretary|High Commissioner|Special Envoy|Envoy on \\p{Lu}\\p{Ll}+|Tech Envoy|(?:Vice-)?President|Prime Minister|(?:Federal )?Chancellor|Federal Councillor';
// The post before the name; the name ends before a lower-case word, punctuation or a possessive. A middle
// initial stays in the name and an honorific may come between ("ITU Secretary-General Hamadoun I. Touré
// announced …", "ITU Secretary-General Dr. Hamadoun Touré announced …", ITU's releases on the WSIS Prizes):
// the honorific's person is the one people.ts read, the post still theirs.
const BEFORE = new RegExp(
  `\\b(${POST_BEFORE})\\s+((?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+)?(${INITIALLED_NAME})(?=[\\s,.;:)]|['’](?:s\\b|\\s)|$)(?!\\s+\\p{Lu})`,
  'gu',
);
// The name in a list, then its post: after "by", "and", "with", "including", a colon, a comma or a
// semicolon ("featuring the following speakers: A, Permanent Representative of …; B, General Manager …;
// and C, Assistant Secretary-General, WMO", an ECOSOC coordination segment press release), or a statement's
// "of" ("Statement of Peter Major, Vice-Chair of the UN Commission on …", the CSTD at the WSIS Forum 2018).
// A middle initial stays in the name ("Gilbert F. Houngbo, Director-General, ILO"). A briefer is named after a
// copula too: "Next to brief the Council was Stéphane Duguin, Chief Executive Officer of the CyberPeace
// Institute" (SC/15738), "The briefers will be A, CEO of …"; "Jack Clark, Co-founder of Anthropic, noted …".
const POST_AFTER =
  'Co-Chair|Vice-Chair|Vice-Chairman|Vice-Chairperson|Acting Chair|Chair|Chairman|Chairperson|Rapporteur|(?:Senior |Special |Legal |Policy )?Advis[eo]r|Executive Chairman|Executive Secretary|(?:Assistant |Under-|Deputy )?Secretary[- ]General|(?:Assistant |Deputy )?Director-General|Executive Director|Director|General Manager|Minister|Permanent Representative|Chief Executive Officer|CEO|President|Co-[Ff]ounder|Founder';
const AFTER = new RegExp(
  `(?:\\b(?:by|and|with|including|was|were|be)\\s+|\\b(?:Statement|Remarks|Message|Address)\\s+of\\s+|[:,;]\\s+|^)(${INITIALLED_NAME}),\\s+(?:the\\s+)?(?:${POST_AFTER})\\b`,
  'gmu',
);

// A report's title block run into one line puts its first section heading right after the author's post:
// "Report of the Secretary-General Executive Summary This report has been prepared …" (a web copy of
// A/67/66–E/2012/49) gave a person "Executive Summary This". No personal name holds a section heading's
// word or a determiner.
// Nor a weekday: "The United Nations Secretary General António Guterres Thursday October 26, 2023 announced …"
// (a news item on the AI Advisory Body, u78) is António Guterres.
const NOT_NAME_WORD =
  /\b(?:Executive Summary|Summary|Introduction|Contents|Abstract|Overview|Background|Annex|Chapter|This|These|Those|The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

// A web page's menu bar sets its links apart by runs of spaces: "UN Home    General Assembly Home  President
// Journal  Webcast" (the Second Committee's pages on un.org) gave a person "Journal Webcast". The words of a
// name, and a post and its holder, are set one space apart in running text: a wider gap ends the name.
const LAYOUT_GAP = /\S {2,}\S|\t/;

// "Chief" before a given name and a surname, not the first word of a post ("Chief Executive Officer").
const CHIEF =
  /^Chief\s+(?!(?:Executive|Operating|Financial|Technology|Information|Digital|Justice|Minister|Officer|Economist|Scientist)\b)(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

// Between a body and its post: nothing, a space, or a possessive ("ASEAN’s Secretary-General").
const OWNER_GAP = /^(?:['’]s)?\s?$/;
const ADJACENT = /^\s?$/;
/** "Secretary General" as its title is written: "Secretary-General". */
const SECRETARY_GENERAL = /Secretary General/;

const FORMER = /\b(?:[Ff]ormer|[Oo]utgoing|[Ll]ate|[Ee]x-)\s*$/;

// Every expression above needs one of these words: a passage without any is passed over. The test ignores
// case (trigger-words.ts: one pass for all rules); a passage holding one in other letters is only searched.
const POST_WORDS = triggerWords([
  'secretary-general',
  'secretary general',
  'director',
  'executive',
  'commissioner',
  'envoy',
  'president',
  'minister',
  'chancellor',
  'councillor',
  'chair',
  'representative',
  'chief',
  'ceo',
  'founder',
  'rapporteur',
  'manager',
  'adviser',
  'advisor',
]);

export function titledPeopleRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, POST_WORDS)) continue;
    for (const m of matchesOf(BEFORE, p.text)) {
      const nameEnd = p.start + m.index + m[0].length;
      // "former Nigerian President Chief Olusegun Obasanjo" (an ACP press release): a Nigerian chief's title
      // is an honorific, no part of the name.
      const chief = CHIEF.exec(m[3]!)?.[0] ?? '';
      const name = m[3]!.slice(chief.length);
      const nameAt = nameEnd - name.length;
      if (HEADLINE_WORD.test(name) || NOT_NAME_WORD.test(name) || LAYOUT_GAP.test(m[0])) continue;
      const named = m[2]
        ? mentionsOverlapping(ctx, nameAt, nameEnd).find((x) => x.type === 'Person' && x.end === nameEnd)
        : undefined;
      if (m[2] && !named) continue;
      if (!named && taken(ctx, nameAt, nameEnd)) continue;
      const postAt = p.start + m.index;
      const id = named?.id ?? person(ctx, p, name, postAt, nameEnd, chief ? 'Chief' : undefined);
      // Whose post: the body written just before it ("UNCTAD Secretary-General", "ASEAN's Secretary-General"),
      // else the post itself when it is an office the gazetteer knows ("Secretary-General" of the United Nations).
      const office = mentionsOverlapping(ctx, postAt, postAt + 1).find(
        (x) => x.type === 'Organization' && x.start <= postAt && x.end >= postAt + m[1]!.length,
      );
      // A possessive only where the gazetteer's office is not named ("the UN's Secretary-General" is it).
      const gap = office ? ADJACENT : OWNER_GAP;
      const before = mentionsOverlapping(ctx, postAt - 4, postAt).find(
        (x) => x.type === 'Organization' && gap.test(ctx.doc.text.slice(x.end, postAt)),
      );
      const org = before ?? office;
      // "Former Secretary-General Ban Ki-moon attended": a post no longer held is no AFFILIATED_WITH; nor when
      // the office's name opens before the post ("former UN Secretary-General Ban Ki-moon", a Council
      // President's press conference on the month's programme).
      const opens = Math.min(before?.start ?? postAt, office?.start ?? postAt);
      if (FORMER.test(ctx.doc.text.slice(Math.max(p.start, opens - 12), opens))) continue;
      // No body owns the post ("Assembly Vice-President Judith Mbula Bahemuka ( Kenya)", GA/10451): only
      // the Member State or body in brackets right after the name is read.
      if (!org) {
        bracketAffiliation(ctx, p, id, nameEnd);
        assemblyPost(ctx, p, id, m[1]!, postAt, nameEnd);
        continue;
      }
      addEdge(
        ctx,
        {
          type: 'AFFILIATED_WITH',
          from: id,
          to: org.id,
          properties: props({ title: m[1]!.replace(SECRETARY_GENERAL, 'Secretary-General') }),
          source: sourceAt(ctx, p, Math.min(org.start, postAt), nameEnd),
        },
        'titled-people',
      );
    }
    // Where a post named before its holder starts: a name listed just before it is not that post's holder.
    const postsBefore = postsOfBefore(ctx, p);
    const listed = matchesOf(AFTER, p.text).map((m) => {
      const at = p.start + m.index + m[0].indexOf(m[1]!);
      // "chaired by Ambassdaor X Y, Permanent Representative of …": a mistyped honorific opens no name.
      const words = m[1]!.split(/\s+/);
      const honorific = words.length > 2 ? honorificSlip(words[0]!) : undefined;
      const name = honorific ? m[1]!.slice(words[0]!.length).trimStart() : m[1]!;
      const nameAt = at + m[1]!.length - name.length;
      return { name, nameAt, nameEnd: nameAt + name.length, honorific, at };
    });
    listed.forEach((l, i) => {
      if (taken(ctx, l.nameAt, l.nameEnd)) return;
      // The post after the name is the next person's, named after it: in "Special Representative for
      // Children and Armed Conflict Virginia Gamba, Executive Director of the United Nations Children’s Fund
      // (UNICEF) Catherine Russell, …" the words before the comma are a post's end and a name run together,
      // and the Executive Director is Catherine Russell.
      const comma = /^,\s+(?:the\s+)?/.exec(ctx.doc.text.slice(l.nameEnd, l.nameEnd + 12));
      if (comma && postsBefore.has(l.nameEnd + comma[0].length)) return;
      const id = person(ctx, p, l.name, l.at, l.nameEnd, l.honorific);
      // The post runs up to the next person of the list ("…, and Jack Ma, Executive Chairman of …"), and
      // no further than a semicolon, which ends a list item ("A, Permanent Representative of …; B, …").
      const next = listed[i + 1];
      const semicolon = p.text.indexOf(';', l.nameEnd - p.start);
      const ends = [
        next ? next.nameAt - 1 : Number.POSITIVE_INFINITY,
        semicolon >= 0 ? p.start + semicolon : Number.POSITIVE_INFINITY,
      ];
      const end = Math.min(...ends);
      affiliationClaims(ctx, p, id, l.nameEnd, l.nameAt, Number.isFinite(end) ? end : undefined);
    });
  }
}
