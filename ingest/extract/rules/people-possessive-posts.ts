// A Member State's post written as a possessive before the holder's name, as
// ITU press releases write the host country's officials (the ITU pages on the
// opening and the close of WTDC-22 in Kigali):
//   "said Rwanda's President, H.E. Paul Kagame, who opened the conference";
//   "Rwanda's Minister for ICT and Innovation, Paula Ingabire, who chaired …".
// The holder is AFFILIATED_WITH the State, titled by the post. The name is a
// person another rule already read (with an honorific) or a strong bare name
// (bare-name-guards.ts keeps places, bodies and titles out); only a State the
// gazetteer knows owns the post, so "the Committee's Chair, …" or
// "Africa's President, …" give nothing here.
// An agency's post is written the same way in UN news items: "a substantive
// session of UNGIS, chaired by UNESCO’s Assistant Director-General for
// Communication and Information, Janis Karklins" (UNESCO's news on the UNGIS
// joint statement of 2013). The head and deputy posts of a secretariat
// (AGENCY_POST) belong to the body named before them, any body the gazetteer
// or the organisation rules know, not only a State.
// The press also writes a State's envoy to the United Nations with no comma before the name: "Kenya’s
// Permanent Representative to the United Nations in New York Erastus Ekitela Lokaale has been picked to
// co-facilitate …" (Capital FM on the WSIS+20 co-facilitators, u74). Only the mission posts and the UN
// mission's fixed wording (the UN's seats by name) are read so: a portfolio of capitalised words
// ("Minister for ICT …") would run into the name, and a name the guards doubt gives nothing.

import { props } from '../claims.ts';
import { addEdge, type DocContext, type Mention, mentionsOverlapping, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { isMemberState } from './body-kinds.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// Posts a State gives; "Minister" may name its portfolio: "Minister for ICT and Innovation".
const POST =
  '(?:(?:Vice-|Deputy )?President|(?:Deputy )?Prime Minister|(?:Deputy )?Minister|Permanent Representative|Ambassador|Special Envoy|Head of State|Foreign Minister)';
const AGENCY_POST =
  '(?:(?:Assistant |Deputy |Under-)?Secretary-General|(?:Assistant |Deputy )?Director-General|(?:Deputy )?Executive (?:Director|Secretary)|Administrator|High Commissioner)';
const AGENCY = new RegExp(`^${AGENCY_POST}`, 'u');
const PORTFOLIO =
  '(?:\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|and|&)){0,6})?';
// The possessive, the post, a comma; what follows is read as the name.
// A State ending in "s" takes the apostrophe alone: "the Philippines’ President, …".
const POSSESSIVE_POST = new RegExp(
  `(?:['’]s|(?<=s)['’])\\s+((?:${POST}|${AGENCY_POST})${PORTFOLIO}),\\s+`,
  'gu',
);
// The mission post, the United Nations (one of its seats), the name with no comma before it.
const MISSION_POST =
  /(?:['’]s|(?<=s)['’])\s+((?:Permanent Representative|Ambassador|Special Envoy)(?:\s+to\s+the\s+(?:United\s+Nations|UN)(?:\s+(?:Office\s+)?(?:in|at)\s+(?:New\s+York|Geneva|Vienna|Nairobi))?)?)\s+(?=\p{Lu})/gu;
// An honorific between the comma and the name: "H.E. Paul Kagame", "Mr. …", "Dr …".
const HONORIFIC = /^(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Professor|Excellency)\s+)*$/;
// A bare name ends at punctuation or before a lower-case word ("Paula Ingabire, who chaired").
const BARE_AFTER = new RegExp(
  `^(${BARE_NAME})(?=[ \\u00A0]*[,.;]|[ \\u00A0]+(?!and\\b|or\\b|of\\b)\\p{Ll})`,
  'u',
);

const WORDS = triggerWords([
  'president',
  'minister',
  'representative',
  'ambassador',
  'envoy',
  'head of state',
  'secretary-general',
  'director-general',
  'executive',
  'administrator',
  'high commissioner',
]);

/** The Member State mention that ends right at `end` (before its "'s"); for an agency's post, any body's. */
function ownerEnding(ctx: DocContext, end: number, agencyPost: boolean): Mention | undefined {
  return mentionsOverlapping(ctx, end - 1, end).find(
    (x) => x.end === end && (agencyPost ? x.type === 'Organization' : isMemberState(ctx, x.id)),
  );
}

export function peoplePossessivePostsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    // The expression needs an apostrophe: a passage without one is not searched.
    if (!hasTrigger(p, WORDS) || !(p.text.includes("'") || p.text.includes('’'))) continue;
    for (const m of [...matchesOf(POSSESSIVE_POST, p.text), ...matchesOf(MISSION_POST, p.text)]) {
      const at = p.start + m.index;
      const state = ownerEnding(ctx, at, AGENCY.test(m[1]!));
      if (!state) continue;
      const from = at + m[0].length;
      const text = ctx.doc.text.slice(from, Math.min(p.end, from + 80));
      // A person already read there, perhaps after an honorific.
      // "Ghana's Ambassador Ama X": people.ts read the post as the honorific of the name after it.
      const postAt = m[1] === 'Ambassador' ? at + m[0].indexOf(m[1]) : -1;
      let holder = mentionsOverlapping(ctx, from, from + 40)
        .filter((x) => x.type === 'Person' && (x.start >= from || x.start === postAt))
        .sort((a, b) => a.start - b.start)[0];
      if (holder && !HONORIFIC.test(ctx.doc.text.slice(from, holder.start))) holder = undefined;
      if (!holder) {
        const bare = BARE_AFTER.exec(text);
        if (!bare || !strongBareName(ctx, bare[1]!, from)) continue;
        holder = addBarePerson(ctx, p, bare[1]!, from, 'people-possessive-posts');
        affiliationClaims(ctx, p, holder.id, holder.end);
      }
      addEdge(
        ctx,
        {
          type: 'AFFILIATED_WITH',
          from: holder.id,
          to: state.id,
          properties: props({ title: m[1]!.replace(/\s+/g, ' ') }),
          source: sourceAt(ctx, p, state.start, holder.end),
        },
        'people-possessive-posts',
      );
    }
  }
}
