// The grammar of a gathering's name (rules/meetings-named.ts): up to three modifiers, the gathering noun
// ("meeting", "consultations", "workshop", "summit" …) and its topic after "on"; where such a name may start;
// and a noun that belongs to a body's name instead ("the UN Conference on Trade and Development").

import { type DocContext, mentionsOverlapping } from '../context.ts';
import { isSpace } from './anchored-matches.ts';
import { mayStartName } from './first-words.ts';
import { isBulletDash } from './meeting-list-items.ts';
import { triggerWords } from './trigger-words.ts';

// "Deep dive": the thematic sessions an intergovernmental process holds before its negotiations ("The second
// thematic deep dive on the Compact was held on 3 May at the Chamber").
// A treaty's "signing ceremony" is a dated gathering of the States signing it ("opened for signature on 25
// October 2025 at a signing ceremony held in Hanoi, Viet Nam", UNODC's page of the Convention against
// Cybercrime); a ceremony of another kind ("opening ceremony") is a part of the gathering it opens.
const KIND =
  '(?:[Mm]eeting|[Cc]onsultations?|[Ww]orkshop|[Ss]eminar|[Ss]ymposium|[Cc]onference|[Dd]ialogue|[Rr]etreat|[Tt]raining|[Ss]ummit|[Ee]vent|[Pp]anel|[Dd]eep[- ]dive|[Ss]igning\\s+[Cc]eremony)';
// Lower-case stems of KIND: a passage without any has no named gathering.
export const KIND_WORDS = triggerWords([
  'meeting',
  'consultation',
  'workshop',
  'seminar',
  'symposium',
  'conference',
  'dialogue',
  'retreat',
  'training',
  'summit',
  'event',
  'panel',
  'dive',
  'ceremony',
]);
// Modifiers before the noun: no verbs (in -ed, or "held", "met"), no function words. Nor who organised it
// ("a UN-organised Inter-Sessional Panel in Manila", news of the CSTD 2011 panel): the name is the rest.
// Nor a verb in the present ("will hold wide-ranging consultations", "to convene a workshop").
// Nor the words of a document's title before it ("Summary Report MAG Virtual Meeting 8 November 2016").
// Nor "or", which joins two names of one gathering ("the third deep dive or informal consultation on …").
// Nor "including", a preposition before a list ("including regional consultations held in May").
// Nor a modal or a verb of doing ("the Chairperson-designate would undertake consultations on the preparation of the
// Third Review Conference", a CCW press release), nor a bare number of up to three digits: a page number run into
// the masthead ("1 Meeting of the High Contracting Parties …", a CCW final report copied from its PDF).
const MOD =
  '(?!(?:\\d{1,3}\\b|would|could|should|shall|may|might|must|can|undertakes?|conducts?|\\w+ed|[\\w-]+-(?:organi[sz]ed|hosted|sponsored|convened|led|run|backed|supported|funded)|held|holds|hold|met|meets|host|hosts|attend|attends|convene|convenes|organi[sz]e|organi[sz]es|has|have|had|whose|which|[Rr]eport|[Ss]ummary|[Mm]inutes|[Aa]genda|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|of|to|in|on|at|by|for|and|or|with|from|its|their|his|her|this|that|is|was|will|be|[Aa]fter|[Bb]efore|[Ff]ollowing|[Dd]uring|[Uu]pon|[Uu]nder|[Ww]ithout|[Tt]hrough|[Ii]ncluding|[Ee]xcluding)\\b)[\\w-]+(?:\\+\\d*)?';
// "on <topic>": up to ten words, stopping at the place, the date or a verb ("… on WSIS+20 took place").
// An article alone is no topic: "the Rio de Janeiro meeting on the "WIPO recommendations …"" (a quoted
// title after it, GAC communiqué, Montréal 2003) is not the "meeting on the". A date written month first is
// no topic: "multistakeholder consultations on May 30, 2025" (a blog on the WSIS+20 review) is dated by it, nor
// is a weekday: "The General Assembly will hold a plenary meeting on Monday, 2 March 2009" (the UN Journal).
// A right's name goes on over "to", and "in the digital age" is no place: the Human Rights Council's "panel
// discussion on the right to privacy in the digital age, held on 12 September 2014" (an OHCHR summary report).
// A region after the topic is the name's ("the Second Ministerial Conference on the Information Society in Latin
// America and the Caribbean", ECLAC's conferences): a region is no gathering's place the way a city is. It ends
// the name: "… and the Caribbean San Salvador, 6-8 February 2008" (a masthead run into one line) has its city after.
const TOPIC =
  '(?:\\s+on\\s+(?:the\\s+)?(?=\\p{L})(?!(?:the|a|an)\\b(?!\\s+[\\p{L}\\d]))(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[\\p{L}\\d+-]+(?:\\s+(?:(?<=\\brights?\\s+)to\\b|in\\s+the\\s+digital\\s+(?:age|era|sphere)\\b|(?!(?:in|at|held|was|were|will|would|is|are|on|from|between|during|to|which|that|with|by|as|prior|before|after|took|takes|met|meets|began|begins|convened|opened|closed|concluded|adopted|discussed|focused|gathered|attracted|featured|brought|started|ended|provided|offered)\\b)[\\p{L}\\d+-]+)){0,9}(?:\\s+in\\s+(?:Latin\\s+America(?:\\s+and\\s+the\\s+Caribbean)?|Asia\\s+and\\s+the\\s+Pacific|the\\s+Arab\\s+[Rr]egion|Western\\s+Asia|Africa)\\b)?)?';
// Who gathers, between the noun and its topic: "the First Regional Summit of Parliamentarians on Artificial
// Intelligence and …" (the IGF Parliamentary Track's page of 2024), "a Meeting of Experts on …", the IPU's
// "World Conference of Speakers of Parliament": the name goes on over them to the topic. So do a treaty's
// parties: "The Meeting of the High Contracting Parties to the Convention on … (CCW), chaired by …, concluded on
// 13 November 2007" (UN Geneva on the CCW), "the Meeting of the States Parties to the Convention held from …",
// with or without the article: "The 2017 Meeting of High Contracting Parties to the Convention …" (a CCW GGE report).
const WHO =
  '(?:\\s+of\\s+(?:Parliamentarians|Legislators|Ministers|Experts|Speakers\\s+of\\s+Parliament|(?:the\\s+)?(?:High\\s+Contracting|States)\\s+[Pp]arties)\\b)?';
// Never from inside a hyphenated word ("in-person meeting" is not a "-person meeting") nor a process's
// review name ("WSIS+10 High Level Event" is not a "10 High Level Event"). "United Nations"
// before the modifiers is one more ("the United Nations Sustainable Development Summit").
const NAMED = new RegExp(
  `(?<![\\w+-])((?:United\\s+Nations\\s+)?(?:${MOD}\\s+){0,3}?${KIND}\\b(?:\\s+(?:meeting|event|[Dd]iscussion)\\b)?${WHO}${TOPIC})`,
  'gu',
);
// The same search from the gathering nouns (anchoredMatches): NAMED starts at most five words before
// its noun ("United Nations" and three modifiers), where no [\w+-] comes before and a [\w-] starts.
export const NAMED_AT = new RegExp(NAMED.source, 'uy');
export const KIND_ANCHOR = new RegExp(`${KIND}\\b`, 'g');
const wordByte = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
// Nor from a possessive's "s": "the 38th session of UNESCO’s General Conference" (CONNECTing the Dots
// conference page) names no "s General Conference".
// Nor more than three words before a gathering noun unless on "United": each modifier is one word with white
// space after it, so the noun opens one of the four words from the start, or "United Nations" comes first. The
// starts four and five words before the noun matched nothing and were most of NAMED_AT's time (8 MB of
// synthetic passages: 24 of 34 ms).
export const namedStart = (text: string, i: number): boolean =>
  wordByte(text.charCodeAt(i)) &&
  !isBulletDash(text, i) &&
  (i === 0 || (!wordByte(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 43)) &&
  !possessiveS(text, i) &&
  (text.startsWith('United', i) || kindWithin(text, i, MAX_MODIFIERS));
const MAX_MODIFIERS = 3;
const KIND_STICKY = new RegExp(`${KIND}\\b`, 'y');
/** Whether a gathering noun (as NAMED has it) opens one of the `words` + 1 words from `i` on. */
function kindWithin(text: string, i: number, words: number): boolean {
  let j = i;
  for (let w = 0; w <= words && j < text.length; w++) {
    KIND_STICKY.lastIndex = j;
    if (KIND_STICKY.test(text)) return true;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  }
  return false;
}
const possessiveS = (text: string, i: number): boolean =>
  (text[i] === 's' || text[i] === 'S') &&
  (text[i - 1] === "'" || text[i - 1] === '’') &&
  i >= 2 &&
  /\p{L}/u.test(text[i - 2]!) &&
  !wordByte(text.charCodeAt(i + 1));

const KIND_AT = new RegExp(KIND);
/** The gathering noun is part of a body's name: "the UN Conference on Trade and Development (UNCTAD)". */
export function insideBodyName(ctx: DocContext, start: number, phrase: string): boolean {
  const at = start + (KIND_AT.exec(phrase)?.index ?? 0);
  // Organisations and groups only: a summit that names a process is still a gathering ("the World Summit on
  // the Information Society that took place in Tunis in November 2005"); a panel that names a group is the
  // group ("the High-level Panel on Digital Cooperation submitted its report … on 10 June 2019").
  if (
    mentionsOverlapping(ctx, at, at + 1).some(
      (x) => (x.type === 'Organization' || x.type === 'WorkingGroup') && x.start <= at && x.end > at,
    )
  )
    return true;
  // A longer name before it may have taken the body's first words ("Secretary-General of the United Nations
  // Conference on Trade and Development"): the words around the noun, read again, still name a known body.
  const end = start + phrase.length;
  const before = ctx.doc.text.slice(Math.max(0, start - 40), start);
  for (const w of [
    start,
    ...[...before.matchAll(/(?<![\w-])\w/g)].map((x) => start - before.length + x.index),
  ]) {
    const words = ctx.doc.text.slice(w, end);
    if (!mayStartName(ctx.gazetteer, 'Organization', words)) continue;
    const m = ctx.gazetteer.matchType(words, 'Organization')[0];
    if (m && m.start === 0 && w + m.end > at) return true;
  }
  return false;
}
