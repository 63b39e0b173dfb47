// A speech's address lines name the dignitaries it greets without an honorific, "Excellency" standing for
// one: "Your Excellency, Sabri Bachtobji, Ambassador of Tunisia and Chair of this Intergovernmental Group of
// Experts," (UNCTAD Secretary-General's statement to the Group's sixth session, 2023). The line opens with
// the salutation, the name follows it and a post follows the name, so the two or three capitalised words
// between are a person, and the post and the State after it are read as any affiliation chain. Only a whole line so
// shaped: "Excellencies, Distinguished Delegates," or "Your Excellency, Mr. President," name nobody.
// Runs after people-mandate-holders (rule-order.ts RULES): a name another rule read stays theirs.

import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const POST =
  '(?:Ambassador|Permanent\\s+Representative|Minister|Deputy\\s+Minister|Vice[- ]Minister|Secretary[- ]General|Under-Secretary-General|Director(?:-General)?|Executive\\s+Director|Head|Chair(?:man|person)?|Vice[- ]Chair(?:man|person)?|President|Vice[- ]President|Commissioner|Governor)\\b';
const ADDRESS = new RegExp(
  `^[ \\t]*(?:Your\\s+)?Excellency,[ \\u00A0]+(${BARE_NAME}),[ \\u00A0]+${POST}[^\\n]*$`,
  'gmu',
);

const WORDS = triggerWords(['excellency']);

export function peopleAddressLinesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(ADDRESS, p.text)) {
      const name = m[1]!;
      const start = p.start + m.index + m[0].indexOf(name, m[0].indexOf(',') + 1);
      if (!strongBareName(ctx, name, start)) continue;
      const person = addBarePerson(ctx, p, name, start, 'people-address-lines');
      if (person) affiliationClaims(ctx, p, person.id, person.end);
    }
  }
}
