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

import type { Passage } from '../../types.ts';
import { idFor, props } from '../claims.ts';
import { addEdge, addMention, addNode, type DocContext, mentionsOverlapping, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { bracketAffiliation } from './affiliation-bracket.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { honorificSlip } from './honorific-typos.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// A regional commission's head is its Executive Secretary: "ESCAP Executive Secretary Shamshad Akhtar noted
// …" (IISD on ESCAP's ICT committee, 2016), "Alicia Bárcena, Executive Secretary of ECLAC" (eLAC news).
// The Secretary-General's envoys are named by their subject: "Secretary-General's Envoy on Technology
// Amandeep Singh Gill" (a news item on the IGF Leadership Panel, 2022), "Envoy on Youth …".
// A host country's head of government opens an annual meeting beside the Secretary-General: "The event was
// opened by Secretary-General X and Chancellor Y" (a UN DESA page on an IGF annual meeting).
// A member of Switzerland's Federal Council, the host's chair of WSIS Forum events: "represented by Federal
// Councillor Albert Rösti, Head of the Federal Department of …" (the Chair's summary of the WSIS+20 Forum).
const POST_BEFORE =
  '(?:Deputy |Under-)?Secretary-General|Director-General|Executive Director|Executive Secretary|High Commissioner|Special Envoy|Envoy on \\p{Lu}\\p{Ll}+|(?:Vice-)?President|Prime Minister|(?:Federal )?Chancellor|Federal Councillor';
// An apostrophe inside a word ("N'diaye"), never the possessive after it: "Secretary-General António
// Guterres’ video message" (SG/SM press releases) names António Guterres.
const LETTERS = "(?:\\p{Ll}|['’](?!s\\b)(?=\\p{Ll}))+";
const WORD = `\\p{Lu}${LETTERS}(?:-\\p{Lu}?${LETTERS})?`;
const NAME = `${WORD}(?:\\s+${WORD}){1,3}`;
// The post before the name; the name ends before a lower-case word, punctuation or a possessive. A middle
// initial stays in the name and an honorific may come between ("ITU Secretary-General Hamadoun I. Touré
// announced …", "ITU Secretary-General Dr. Hamadoun Touré announced …", ITU's releases on the WSIS Prizes):
// the honorific's person is the one people.ts read, the post still theirs.
const TITLED_NAME = `${WORD}(?:\\s+(?:\\p{Lu}\\.\\s+)?${WORD}){1,3}`;
const BEFORE = new RegExp(
  `\\b(${POST_BEFORE})\\s+((?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+)?(${TITLED_NAME})(?=[\\s,.;:)]|['’](?:s\\b|\\s)|$)(?!\\s+\\p{Lu})`,
  'gu',
);
// The name in a list, then its post: after "by", "and", "with", "including", a colon, a comma or a
// semicolon ("featuring the following speakers: A, Permanent Representative of …; B, General Manager …;
// and C, Assistant Secretary-General, WMO", an ECOSOC coordination segment press release), or a statement's
// "of" ("Statement of Peter Major, Vice-Chair of the UN Commission on …", the CSTD at the WSIS Forum 2018).
// A middle initial stays in the name ("Gilbert F. Houngbo, Director-General, ILO").
const POST_AFTER =
  'Co-Chair|Vice-Chair|Vice-Chairman|Vice-Chairperson|Acting Chair|Chair|Chairman|Chairperson|Rapporteur|Executive Chairman|Executive Secretary|(?:Assistant |Under-|Deputy )?Secretary-General|(?:Assistant |Deputy )?Director-General|Executive Director|Director|General Manager|Minister|Permanent Representative|Chief Executive Officer|CEO|President|Founder';
const LISTED_NAME = `${WORD}(?:\\s+(?:\\p{Lu}\\.\\s+)?${WORD}){1,3}`;
const AFTER = new RegExp(
  `(?:\\b(?:by|and|with|including)\\s+|\\b(?:Statement|Remarks|Message|Address)\\s+of\\s+|[:,;]\\s+|^)(${LISTED_NAME}),\\s+(?:the\\s+)?(?:${POST_AFTER})\\b`,
  'gmu',
);

// A word no personal name holds: "Director-General International Labour Office" names a body.
const BODY_WORD =
  /\b(?:Office|Organi[sz]ation|Group|Foundation|Institute|University|Association|Society|Council|Commission|Committee|Union|Forum|Agency|Bank|Fund|Programme|Secretariat|Ministry|Department|Division|Section|Nations|Assembly|Summit|Conference|Agenda|Panel|Report|Session|Meeting)\b/;

// The post of a country or body before the name: "Permanent Representative of Sweden Anna Karin Enestrom".
// Bulletins put an acronym in brackets after the post or the body, a dash and an honorific before the name:
// "the Permanent Representative (PR) of Kenya – H.E. Mr. John Roe", "the Secretary-General (SG) of the
// World Example Organization (WEO) Ms. Jane Roe" (a civil-society bulletin on an intergovernmental process).
const POST_OF =
  /\b(Permanent Representative|Ambassador|Minister(?: of [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?|Secretary-General|Director-General|President)\s+(?:\([A-Z]{2,6}\)\s+)?of\s+(?:the\s+)?/g;
const NAME_AFTER = new RegExp(
  `^(?:\\s+\\([A-Z]{2,8}\\))?(?:\\s+[–—-])?\\s+(?:(?:H\\.\\s?E\\.\\s+)?(?:Mr|Ms|Mrs|Dr|Prof)\\.\\s+)?(${NAME})(?=[\\s,.;:)]|$)(?!\\s+\\p{Lu})`,
  'u',
);

// A press release's headline is in title case, so the verb after the post looks like a first name:
// "Secretary-General Appoints Jane Doe of Kenya as Assistant Secretary-General …" (SG/A press releases)
// gave a person "Appoints Jane Doe". A name never begins with a headline verb or a statement's noun.
const HEADLINE_WORD =
  /^(?:Appoints|Announces|Names|Designates|Nominates|Welcomes|Urges|Calls|Says|Stresses|Tells|Visits|Meets|Opens|Launches|Condemns|Commends|Congratulates|Expresses|Highlights|Notes|Praises|Warns|Delivers|Addresses|Receives|Hails|Travels|Concludes|Issues|Decides|Elects|Convenes|Thanks|Salutes|Marks|Pays|Encourages|Reiterates|Emphasi[sz]es|Underlines|Joins|Attends|Speaks|Discusses|Approves|Adopts|Establishes|Constitutes|Appeals|Remarks|Message|Statement|Letter|Note|Spokesperson|Spokesman)\b/;

// A report's title block run into one line puts its first section heading right after the author's post:
// "Report of the Secretary-General Executive Summary This report has been prepared …" (a web copy of
// A/67/66–E/2012/49) gave a person "Executive Summary This". No personal name holds a section heading's
// word or a determiner.
const NOT_NAME_WORD =
  /\b(?:Executive Summary|Summary|Introduction|Contents|Abstract|Overview|Background|Annex|Chapter|This|These|Those|The)\b/;

const FORMER = /\b(?:[Ff]ormer|[Oo]utgoing|[Ll]ate|[Ee]x-)\s*$/;

/** Words some other rule already reads as a body, a process, a place or a person, or a body's words. */
function taken(ctx: DocContext, start: number, end: number): boolean {
  return BODY_WORD.test(ctx.doc.text.slice(start, end)) || mentionsOverlapping(ctx, start, end).length > 0;
}

function person(
  ctx: DocContext,
  p: Passage,
  name: string,
  start: number,
  end: number,
  honorific?: string,
): string {
  const id = idFor('Person', name);
  const properties = honorific ? { properties: props({ honorific }) } : {};
  addNode(
    ctx,
    { id, type: 'Person', name, ...properties, source: sourceAt(ctx, p, start, end) },
    'titled-people',
  );
  addMention(ctx, { id, type: 'Person', name, start, end, surface: name, passage: p });
  return id;
}

// Every expression above needs one of these words: a passage without any is passed over. The test ignores
// case (trigger-words.ts: one pass for all rules); a passage holding one in other letters is only searched.
const POST_WORDS = triggerWords([
  'secretary-general',
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
]);

export function titledPeopleRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, POST_WORDS)) continue;
    for (const m of matchesOf(BEFORE, p.text)) {
      const nameAt = p.start + m.index + m[0].length - m[3]!.length;
      const nameEnd = nameAt + m[3]!.length;
      if (HEADLINE_WORD.test(m[3]!) || NOT_NAME_WORD.test(m[3]!)) continue;
      const named = m[2]
        ? mentionsOverlapping(ctx, nameAt, nameEnd).find((x) => x.type === 'Person' && x.end === nameEnd)
        : undefined;
      if (m[2] && !named) continue;
      if (!named && taken(ctx, nameAt, nameEnd)) continue;
      const postAt = p.start + m.index;
      const id = named?.id ?? person(ctx, p, m[3]!, postAt, nameEnd);
      // Whose post: the body written just before it ("UNCTAD Secretary-General"), else the post itself
      // when it is an office the gazetteer knows ("Secretary-General" of the United Nations).
      const before = mentionsOverlapping(ctx, postAt - 2, postAt).find(
        (x) => x.type === 'Organization' && x.end >= postAt - 1 && x.end <= postAt,
      );
      const office = mentionsOverlapping(ctx, postAt, postAt + 1).find(
        (x) => x.type === 'Organization' && x.start <= postAt && x.end >= postAt + m[1]!.length,
      );
      const org = before ?? office;
      // "Former Secretary-General Ban Ki-moon attended": a post no longer held is no AFFILIATED_WITH.
      if (
        FORMER.test(
          ctx.doc.text.slice(Math.max(p.start, (before?.start ?? postAt) - 12), before?.start ?? postAt),
        )
      )
        continue;
      // No body owns the post ("Assembly Vice-President Judith Mbula Bahemuka ( Kenya)", GA/10451): only
      // the Member State or body in brackets right after the name is read.
      if (!org) {
        bracketAffiliation(ctx, p, id, nameEnd);
        continue;
      }
      addEdge(
        ctx,
        {
          type: 'AFFILIATED_WITH',
          from: id,
          to: org.id,
          properties: props({ title: m[1] }),
          source: sourceAt(ctx, p, Math.min(org.start, postAt), nameEnd),
        },
        'titled-people',
      );
    }
    for (const m of matchesOf(POST_OF, p.text)) {
      const bodyAt = p.start + m.index + m[0].length;
      const body = mentionsOverlapping(ctx, bodyAt, bodyAt + 1)
        .filter((x) => x.type === 'Organization' && x.start === bodyAt)
        .sort((a, b) => b.end - a.end)[0];
      if (!body) continue;
      const n = NAME_AFTER.exec(ctx.doc.text.slice(body.end, Math.min(p.end, body.end + 80)));
      if (!n || HEADLINE_WORD.test(n[1]!)) continue;
      const nameAt = body.end + n[0].length - n[1]!.length;
      const nameEnd = nameAt + n[1]!.length;
      // A name with its honorific is the person people.ts read: the post is still theirs.
      const named = mentionsOverlapping(ctx, nameAt, nameEnd).find(
        (x) => x.type === 'Person' && x.end === nameEnd && n[0].length > n[1]!.length + 1,
      );
      if (!named && taken(ctx, nameAt, nameEnd)) continue;
      const id = named?.id ?? person(ctx, p, n[1]!, p.start + m.index, nameEnd);
      addEdge(
        ctx,
        {
          type: 'AFFILIATED_WITH',
          from: id,
          to: body.id,
          properties: props({ title: m[1] }),
          source: sourceAt(ctx, p, p.start + m.index, nameEnd),
        },
        'titled-people:of',
      );
    }
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
