// A letter's salutation ("Excellency,", "Dear colleagues,", "Sir,") opens its body: every line under it is
// the letter's prose, never its title. A PDF copy of a co-facilitators' letter wraps its paragraphs at a
// fixed width, so the first line of the body ("Reference is made to our letter dated 15 December 2023
// outlining the roadmap for informal", a Global Digital Compact letter of February 2024) reads as a
// heading line; taken as the title it would name the Document after half a sentence (precision first:
// no title rather than that one).

import type { Passage } from '../../types.ts';
import { firstDate } from '../parse/dates.ts';

const SALUTATION =
  /^\s*(?:Your\s+)?(?:Excellency|Excellencies|Dear\s+[\p{L} .'’-]{2,60}|(?:Sir|Madam)(?:\s+or\s+Madam)?)\s*[,:]\s*$/u;

/** Whether `text` (a passage) is a letter's salutation alone. */
export const salutation = (text: string): boolean => SALUTATION.test(text);

// Above the salutation a letter names its addressee and those it is copied to, a name line over a post
// line: "His Excellency, António Guterres" over "Secretary-General, United Nations", "Ms X" over
// "Officer-In-Charge. Office of …" (a civil society letter to the Secretary-General, January 2022). The
// post line is the addressee's, not the letter's title.
const ADDRESSEE =
  /^\s*(?:(?:His|Her)\s+Excellency,?\s+|H\.\s?E\.\s+|(?:Mr|Ms|Mrs|Dr)\.?\s+)\p{Lu}[\p{L}'’.-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’.-]*){1,4}\s*\n\s*\S/u;

/** Whether `text` (a passage) is an addressee block: a name line over a post line. */
export const addresseeBlock = (text: string): boolean => ADDRESSEE.test(text);

/**
 * The passages of `opening` before the first salutation, without its addressee blocks (all of them in a
 * text that has none).
 */
export function beforeSalutation<P extends Pick<Passage, 'text'>>(opening: readonly P[]): P[] {
  const at = opening.findIndex((p) => salutation(p.text));
  return at < 0 ? [...opening] : opening.slice(0, at).filter((p) => !addresseeBlock(p.text));
}

// A letter written in the American style dates itself month first on a line of its own above the
// salutation: "January 27, 2022" over "Your Excellency," (the civil society letter above). Only in a letter:
// elsewhere a lone date line may be an event's.
const MONTH_FIRST = /^\s*\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4}\s*$/u;

/** The ISO date a letter's own date line above its salutation gives, if `opening` holds a salutation. */
export function letterDate(opening: readonly Pick<Passage, 'text'>[]): string | undefined {
  const at = opening.findIndex((p) => salutation(p.text));
  if (at < 0) return undefined;
  for (const p of opening.slice(0, at))
    for (const line of p.text.split('\n')) {
      if (!MONTH_FIRST.test(line)) continue;
      const d = firstDate(line.trim());
      if (d && d.index === 0 && d.length === line.trim().length && d.start.length === 10) return d.start;
    }
  return undefined;
}
