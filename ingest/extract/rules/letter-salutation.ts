// A letter's salutation ("Excellency,", "Dear colleagues,", "Sir,") opens its body: every line under it is
// the letter's prose, never its title. A PDF copy of a co-facilitators' letter wraps its paragraphs at a
// fixed width, so the first line of the body ("Reference is made to our letter dated 15 December 2023
// outlining the roadmap for informal", a Global Digital Compact letter of February 2024) reads as a
// heading line; taken as the title it would name the Document after half a sentence (precision first:
// no title rather than that one).

import type { Passage } from '../../types.ts';

const SALUTATION =
  /^\s*(?:Your\s+)?(?:Excellency|Excellencies|Dear\s+[\p{L} .'’-]{2,60}|(?:Sir|Madam)(?:\s+or\s+Madam)?)\s*[,:]\s*$/u;

/** Whether `text` (a passage) is a letter's salutation alone. */
export const salutation = (text: string): boolean => SALUTATION.test(text);

/** The passages of `opening` before the first salutation (all of them in a text that has none). */
export function beforeSalutation<P extends Pick<Passage, 'text'>>(opening: readonly P[]): P[] {
  const at = opening.findIndex((p) => salutation(p.text));
  return at < 0 ? [...opening] : opening.slice(0, at);
}
