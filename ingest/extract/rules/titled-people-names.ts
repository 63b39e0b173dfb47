// The names and the claims titled-people.ts and titled-people-post-of.ts share: a personal name of two to
// four capitalised words, the words that never open one, and a person read from a post.

import type { Passage } from '../../types.ts';
import { idFor, props } from '../claims.ts';
import { addMention, addNode, type DocContext, mentionsOverlapping, sourceAt } from '../context.ts';

// An apostrophe inside a word ("N'diaye"), never the possessive after it: "Secretary-General António
// Guterres’ video message" (SG/SM press releases) names António Guterres.
const LETTERS = "(?:\\p{Ll}|['’](?!s\\b)(?=\\p{Ll}))+";
export const WORD = `\\p{Lu}${LETTERS}(?:-\\p{Lu}?${LETTERS})?`;
export const NAME = `${WORD}(?:\\s+${WORD}){1,3}`;
// A middle initial stays in the name: "Gilbert F. Houngbo, Director-General, ILO", "ITU Secretary-General Hamadoun I. Touré".
export const INITIALLED_NAME = `${WORD}(?:\\s+(?:\\p{Lu}\\.\\s+)?${WORD}){1,3}`;
// A word no personal name holds: "Director-General International Labour Office" names a body.
const BODY_WORD =
  /\b(?:Office|Organi[sz]ation|Group|Foundation|Institute|University|Association|Society|Council|Commission|Committee|Union|Forum|Agency|Bank|Fund|Programme|Secretariat|Ministry|Department|Division|Section|Nations|Assembly|Summit|Conference|Agenda|Panel|Report|Session|Meeting)\b/;

// A press release's headline is in title case, so the verb after the post looks like a first name:
// "Secretary-General Appoints Jane Doe of Kenya as Assistant Secretary-General …" (SG/A press releases)
// gave a person "Appoints Jane Doe". A name never begins with a headline verb or a statement's noun.
export const HEADLINE_WORD =
  /^(?:Appoints|Announces|Names|Designates|Nominates|Welcomes|Urges|Calls|Says|Stresses|Tells|Visits|Meets|Opens|Launches|Condemns|Commends|Congratulates|Expresses|Highlights|Notes|Praises|Warns|Delivers|Addresses|Receives|Hails|Travels|Concludes|Issues|Decides|Elects|Convenes|Thanks|Salutes|Marks|Pays|Encourages|Reiterates|Emphasi[sz]es|Underlines|Joins|Attends|Speaks|Discusses|Approves|Adopts|Establishes|Constitutes|Appeals|Remarks|Message|Statement|Letter|Note|Spokesperson|Spokesman)\b/;

/** Words some other rule already reads as a body, a process, a place or a person, or a body's words. */
export function taken(ctx: DocContext, start: number, end: number): boolean {
  return BODY_WORD.test(ctx.doc.text.slice(start, end)) || mentionsOverlapping(ctx, start, end).length > 0;
}

export function person(
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
