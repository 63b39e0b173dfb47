// A letter's addressee written with the style before a comma, the name alone on its line and the post on
// the next: "His Excellency, António Guterres" over "Secretary-General, United Nations", "His Excellency,
// Abdulla Shahid" over "President of the 76th General Assembly" (a civil society letter to the
// Secretary-General on the Envoy on Technology, January 2022). people.ts reads "H.E. Mr. X" and "His
// Excellency Mr. X" by their honorific; the style alone before a comma names no one there. The person
// keeps the style as "H.E."; the post line is read as any chain after a name (affiliation-claims.ts).

import { type DocContext, mentionsOverlapping, passageAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { addBarePerson } from './bare-person.ts';

// The style, a comma, then two to four capitalised words (accented letters, hyphens, apostrophes) ending
// the line; a post line follows.
const ADDRESSEE =
  /^[ \t]*(?:His|Her)[ \t]+Excellency,[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,3})[ \t]*\n[ \t]*\p{Lu}/gmu;

export function peopleAddresseesRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  if (!text.includes('Excellency,')) return;
  for (const m of matchesOf(ADDRESSEE, text)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    const p = passageAt(ctx, start);
    // A name another rule read already stays as it was.
    if (!p || mentionsOverlapping(ctx, start, end).some((x) => x.type === 'Person')) continue;
    const person = addBarePerson(
      ctx,
      p,
      name,
      start,
      'people:addressee',
      'H.E.',
      m.index + m[0].search(/\S/),
    );
    affiliationClaims(ctx, p, person.id, end);
  }
}
