// When two or three capitalised words written without an honorific are a
// person's name (rules/people-bare-apposition.ts). UN News, ITU and UNCTAD
// pages drop the "Mr."/"Ms." ("ITU Member-States elected Doreen Bogdan-Martin
// (USA)"), but the same places of a sentence also hold cities ("New Delhi
// (India)", "Addis Ababa"), bodies ("Internet Society"), events and titles
// ("Roadmap for Digital Cooperation, Chair of …"). Precision first: every
// guard below turns a candidate away, none lets one in.

import { type DocContext, mentionsOverlapping } from '../context.ts';
import { NOT_A_NAME, NOT_FIRST } from './bare-person.ts';

// A word of a name: "Sărmaș", "Bogdan-Martin", "Ki-moon"; two or three of them, a particle between.
const WORD = "\\p{Lu}\\p{Ll}+(?:['’]\\p{Lu}\\p{Ll}+)?(?:-\\p{L}\\p{Ll}+)?";
export const BARE_NAME = `${WORD}(?:[ \\u00A0]+(?:(?:da|de|del|dos|van|von|al|el|bin|ibn)[ \\u00A0]+)?${WORD}){1,2}`;

// Words that open a place's name, not a person's: "New Delhi (India)", "Addis Ababa (Ethiopia)".
const PLACE_FIRST =
  /^(?:New|Old|North|South|East|West|Upper|Lower|San|Santa|Santo|Saint|Sainte|St|Port|Puerto|Porto|Addis|Dar|Kuala|Buenos|Rio|Abu|Hong|Las|Los|Tel|Phnom|Ulaan|Nur|Cape|Mount|Lake|Fort|Sharm|Costa|Sierra|Saudi|Grand|Great|Little|United|Republic|Kingdom)\b/;
// Words no personal name holds, beyond bare-person's NOT_A_NAME: events, documents and places.
const EVENT_WORD =
  /\b(?:Day|Week|Year|Dialogue|Roadmap|Agenda|Compact|Pact|Declaration|Charter|Report|Resolution|Decision|Review|Plan|Strategy|Framework|Principles|Guidelines|Cooperation|Governance|Development|Security|Technology|Technologies|Science|Rights|Policy|Policies|Affairs|Relations|Economy|Media|Telecommunication|Telecommunications|Communications|Information|Plenipotentiary|Plenary|Platform|Partnership|Alliance|Lab|Labs|Hub|City|Island|Islands|Province|State|Region|District|Street|Hall|Room|Palais|Building|Centre|Park)\b/;
// A word before the name that puts a place there: "held in Addis Ababa (Ethiopia)", "a visit to …".
const PLACE_BEFORE =
  /\b(?:in|at|from|near|across|within|outside|towards?|visit(?:ed|ing|s)?|host(?:ed|ing|s)?|(?:visits?|trips?|travel(?:led|s)?|missions?|journeys?|returned|moved)\s+to)\s+$/i;
// Words that open a sentence before a name ("Then Jane Roe (Kenya) was elected"), written capitalised
// there only, so the document's lower-case words do not show them.
const OPENER =
  /^(?:Then|Today|Yesterday|Tomorrow|Later|Earlier|Also|However|Meanwhile|Finally|Recently|Subsequently|Afterwards|Thereafter|Now|Since|When|After|Before|During|Following|Under|Upon|With|Without|Among|As|At|In|On|By|For|From|To|Of|If|Once|While|Dear|Congratulations|Welcome|Excellency|Excellencies|Honourable|Honorable|Distinguished|Outgoing|Incoming|Former|Newly|Elected|Acting|Interim)\b/;

// The words a document writes in lower case (a name's words never are): "cooperation", "new", "mark".
const lowerWords = new WeakMap<DocContext, Set<string>>();
function lowerCaseWords(ctx: DocContext): Set<string> {
  let s = lowerWords.get(ctx);
  if (!s) {
    s = new Set(ctx.doc.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
    lowerWords.set(ctx, s);
  }
  return s;
}

/**
 * True when `name` written at `start` can only be a person's name: no place, body, event or common word.
 * `spelled`: an e-mail address spelling the name vouches for it (people-email-names.ts) and holds its words
 * in lower case itself, so the document's lower-case words are not asked.
 */
export function strongBareName(ctx: DocContext, name: string, start: number, spelled = false): boolean {
  if (NOT_FIRST.test(name) || OPENER.test(name) || PLACE_FIRST.test(name)) return false;
  if (NOT_A_NAME.test(name) || EVENT_WORD.test(name)) return false;
  const before = ctx.doc.text.slice(Math.max(0, start - 16), start);
  if (PLACE_BEFORE.test(before)) return false;
  if (ctx.gazetteer.match(name).length > 0) return false;
  // A name another rule already read there (a body, a State, a person with an honorific) stays theirs.
  if (mentionsOverlapping(ctx, start, start + name.length).length > 0) return false;
  if (spelled) return true;
  const lower = lowerCaseWords(ctx);
  const words = name.split(/[ \u00A0]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.every((w) => !lower.has(w.toLowerCase()));
}
