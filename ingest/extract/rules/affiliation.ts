// "Name, Title, Organisation, Country" (issue 3, item 3: "Ms. Shamika N.
// Sirimanne, Director, Division on Technology and Logistics, UNCTAD"): the
// comma-separated words after a name, read as titles, organisations and a
// country. The last organisation of the chain is the one the person holds a
// post in; a country after an organisation is where that organisation is; a
// country alone is the Member State the person represents.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';
import { commaNameStarts, FIELDS, firstWord, MINISTRY } from './affiliation-comma-bodies.ts';
import { BODY_END, BODY_HEAD, classify } from './affiliation-parts.ts';
import { postConjunct } from './affiliation-post-conjunct.ts';
import { beforePredicate } from './affiliation-predicate.ts';
import { INLINE_SALUTATION } from './affiliation-salutation.ts';
import { twoStates } from './affiliation-state-parts.ts';
import { twoBodies } from './affiliation-two-bodies.ts';
import { unitFieldsLength } from './affiliation-unit-fields.ts';

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

// A list of focal points or a signature block puts the title and the body on the lines under the name
// ("Mr. George Tebagana, Third Secretary\nPermanent Mission of the Republic of Uganda"). A line break
// continues the chain only into a title or a body, never into running text or the next person's name.
const NEXT_LINE = /^[^\S\n]*\n[^\S\n]*/;
// "President of the Economic and Social Council and Permanent Representative of Canada to the UN" (CSTD 28th
// session opening): two posts; the second one's State is not where the first one is held. "Ambassador and
// Permanent Representative of Singapore" stays one title.
const AND_POST =
  /^\s+and\s+(?=(?:Head|Director|Chief|President|Member|Chair(?:man|person)?|Founder|Coordinator|Deputy|Vice[- ]Chair|Permanent\s+Representative)\s+of\s)/;
const HONORIFIC_START =
  /^(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Prof\.|Professor|Ambassador|Judge|Sir|Dame)\s/;
// An abbreviated honorific starts a name; a spelled-out one only before two capitalised words ("Professor
// Richard Ernst"), since it is also a title ("Professor Emeritus for International Communication Policy").
// A line of a speech's salutation addresses a group, never a post of the name above it: "Ms. X, Director
// …,\nMinisters and Vice-Ministers, Ambassadors, Delegates …,\nDear Scholars," (CSTD 26th session opening).
const SALUTATION =
  /^(?:Ministers|Vice-Ministers|Ambassadors|Delegates|Representatives|Excellenc(?:y|ies)|Your\s+Excellenc|Distinguished|Dear|Ladies|Honou?rable|Esteemed|Colleagues|Friends)\b/;
// A bare name of two or three capitalised words closed by a comma, "and" or the sentence's end.
const BARE_NAME_NEXT =
  /^,\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,2}(?=\s*(?:,|\.(?:\s|$)|;|$)|\s+and\s)/u;
const NEXT_PERSON =
  /^(?:(?:H\.\s?E|Mr|Ms|Mrs|Mx|Dr|Prof)\.?(?:\s+\p{Lu}|$)|(?:Professor|Ambassador|Judge|Sir|Dame)\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u;

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
  // A plain-text copy of an HTML mail keeps its emphasis as stars: "*H.E. Ms. A*, Permanent Representative of
  // Albania *H.E. Mr. B*, …" (a mailing list's archive of a WSIS+20 meeting notice): the star closing the name is
  // no part of the chain, and one opening the next name ends the post.
  const m = /^\*?\s*,\s*/.exec(text.slice(pos, limit)) ?? NEXT_LINE.exec(text.slice(pos, limit));
  if (!m) return out;
  let newLine = !m[0].includes(',');
  pos += m[0].length;
  while (pos < limit) {
    const rest = text.slice(pos, limit);
    // A segment also ends where the next person of a pair starts: "Ambassador of Latvia and Ambassador Lana …".
    // And where a second clause starts: "The panel was chaired by H.E. Mr X, President of the Human Rights
    // Council and moderated by Mr Y, Associate Professor at Z" (a report of an HRC panel): Y's post is not X's.
    // A comma closing the passage ends one too: a speech's address line "Excellency, Ms. X, Minister of
    // Commerce of Cambodia," (UNCTAD Secretary-General's statements) is a chain like any other. A possessive
    // after "and" is no more of a body's name: "Director, Division of Technology and Logistics and her able
    // team," (CSTD 27th session opening).
    // A run-on list of speakers: "Addresses by: His Excellency A, Prime Minister, Republic of Uganda His Excellency
    // B, …" (the Journal of the United Nations' general debate, its lines flattened): the next honorific ends the post.
    // A description joined by "and one of the …" ends the body: "Robert E. Kahn, Chairman, CEO and President, CNRI
    // and one of the fathers of the Internet" (ITU's press release opening WTPF-13) holds a post at CNRI.
    // A second officer joined by "with": "chaired by Mr. A, Chairman, India with Mr. B, Vice Chairman, Mexico" (a
    // report on an ITU Council session): "India", no body "India with Mr".
    const seg =
      /^([^,;()\n]*?)(?=,\s|,$|\s+and\s+(?:her|his|their|our|its|my|your)\s|\s+and\s+(?:one|some|several|many|each)\s+of\s+(?:the|its|his|her)\s|;|\.\s|\.$|\.\n|$|\n|\(|\s+and\s+(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Ambassador|Professor)\s|\s+and\s+(?:Head|Director|Chief|President|Member|Chair(?:man|person)?|Founder|Coordinator|Deputy|Vice[- ]Chair)\s+of\s|(?<!\bAmbassador)\s+and\s+Permanent\s+Representative\s+of\s|\s+and\s+(?:was\s+|were\s+)?[a-z]+ed\s+by\s|\s+(?:together\s+)?with\s+(?:H\.\s?E\.|(?:Mr|Ms|Mrs|Mx|Dr)\.?|Ambassador|Professor)\s|\s+\*(?=\p{Lu})|\s+(?:His|Her)\s+(?:Excellency|Eminence|Majesty|(?:Royal\s+)?Highness)\s)/u.exec(
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
    // A ministry named by a list of fields is one body: "Ministry of Science, Technology and Innovation of
    // Brazil", not a body "Ministry of Science" and another "Technology and Innovation of Brazil". A minister's
    // post likewise: "Minister of Digital Transition, Innovation and Modernization of Mauritania" (an UNCTAD
    // statement's address line) is one post of Mauritania, no body "Innovation and Modernization of Mauritania".
    const fields =
      rest[segLength] === ',' && MINISTRY.test(seg[1]) ? FIELDS.exec(rest.slice(segLength)) : null;
    if (fields) {
      segLength += fields[0].length;
      raw = rest.slice(0, segLength);
    }
    const unit = rest[segLength] === ',' ? unitFieldsLength(raw, rest.slice(segLength)) : 0;
    if (unit > 0) {
      segLength += unit;
      raw = rest.slice(0, segLength);
    }
    const subject = beforePredicate(raw);
    if (subject !== undefined) {
      raw = subject;
      segLength = subject.length;
    }
    let start = pos;
    // "Jane Roe, as Director of the Bureau, will …" (an ITU news page): "as" is no part of the title.
    // ", and also Head of the CSTD Secretariat" (UNCTAD news, 2012): a second post of the same person.
    const lead = /^(?:and\s+(?:also\s+)?|from\s+|the\s+|as\s+)+/i.exec(raw);
    if (lead) {
      raw = raw.slice(lead[0].length);
      start += lead[0].length;
    }
    const end = start + raw.length;
    // The next person of a list ("Professor Richard Ernst, Dr. Hamadoun Touré, Secretary-General of …").
    if ((newLine && (HONORIFIC_START.test(raw) || SALUTATION.test(raw))) || NEXT_PERSON.test(raw)) break;
    if (INLINE_SALUTATION.test(raw)) break;
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
    // "Mr. X, and the Secretary-General's Envoy on Technology, Mr. Y": a post after "and" that the next
    // name follows is that person's, not the first one's.
    if (lead && /\band\b/i.test(lead[0]) && NEXT_PERSON.test(rest.slice(segLength).replace(/^,\s*/, '')))
      break;
    // A press release's list of post-name pairs: "will feature the President of Uruguay, José Mujica, the
    // Executive Secretary of ECLAC, Alicia Bárcena, and the Director of …, Mario Campolargo" (ECLAC press
    // releases): "the <post> of <body>" with a bare name after it is the next person's post, and that name no
    // body of the first one's.
    if (
      lead &&
      /\bthe\b/i.test(lead[0]) &&
      part.kind === 'title' &&
      BARE_NAME_NEXT.test(rest.slice(segLength))
    )
      break;
    // "Ms. X, Philippines and United States of America": two Member States, not one body of that name.
    // "Shuttlers and eTrade for Women Advocate for …": a body, then a second post (affiliation-post-conjunct.ts).
    const states =
      (part.kind === 'org' || part.kind === 'title') && !part.entry && !part.body
        ? (postConjunct(ctx, raw.trim(), start) ??
          (part.kind === 'org'
            ? (twoStates(ctx, raw.trim(), start) ?? twoBodies(ctx, raw.trim(), start))
            : undefined))
        : undefined;
    if (states) out.push(...states);
    else out.push(part);
    // The predicate follows the post: no further post of the chain.
    if (subject !== undefined) break;
    // What follows a mission is its seat ("… to the UN, Geneva"), not another body.
    if (part.kind === 'country' && /Mission\s+of\b/.test(part.text)) break;
    pos = pos + segLength;
    // Two posts joined by "and": "Director of DiploFoundation and Head of the Geneva Internet Platform".
    const sep =
      /^,\s*/.exec(text.slice(pos, limit)) ??
      AND_POST.exec(text.slice(pos, limit)) ??
      NEXT_LINE.exec(text.slice(pos, limit));
    if (!sep) break;
    // A comma that ends the line leaves the next line to what it starts: the salutation after "Mr. X,
    // Permanent Representative of the Gambia and Chair of this session," (a CSTD panel speech) is
    // "Excellencies,\nDistinguished delegates", no body of his.
    newLine = !sep[0].includes(',') || sep[0].includes('\n');
    pos += sep[0].length;
  }
  return out;
}
