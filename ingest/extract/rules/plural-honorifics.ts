// Two people under one plural honorific: "Ambassadors Anna Example of Sweden and Jon Sample of Zambia,
// Co-facilitators for the Global Digital Compact, …" (a Summit of the Future notice), "Messrs. A and B",
// "Drs. A and B". Each is a Person with the singular honorific; "of <State>" after a name is read as
// after any honorific and name (affiliation-claims.ts). Runs after people.ts, which reads one honorific
// before one name only.

import { type DocContext, mentionsOverlapping } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { addBarePerson } from './bare-person.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const SINGULAR: Readonly<Record<string, string>> = {
  Ambassadors: 'Ambassador',
  Messrs: 'Mr.',
  Mmes: 'Ms.',
  Drs: 'Dr.',
  Professors: 'Professor',
};
// Two to four capitalised words (initials allowed), one space apart. An initial may go without its stop
// before a further name ("Ambassadors Jon Q Sample of X and Ann B C Example of Y", a civil-society
// newsletter's list of co-facilitators).
const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?: (?:\\p{Lu}\\.|\\p{Lu}(?= \\p{Lu})|\\p{Lu}[\\p{Ll}'’-]+)){1,3}";
// The first name's own "of <State>" (capitalised words) before "and", then the second name.
const PAIR = new RegExp(
  `\\b(Ambassadors|Messrs|Mmes|Drs|Professors)\\.? (${NAME})((?: (?:of|from) (?:the )?\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3})?,? and )(${NAME})`,
  'gu',
);
// The honorifics as trigger words (case aside: PAIR's own case decides).
const WORDS = triggerWords(['ambassadors', 'messrs', 'mmes', 'drs', 'professors']);

export function pluralHonorificsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(PAIR, p.text)) {
      const honorific = SINGULAR[m[1]!]!;
      const first = p.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
      const second = first + m[2]!.length + m[3]!.length;
      for (const [start, name] of [
        [first, m[2]!],
        [second, m[4]!],
      ] as const) {
        const end = start + name.length;
        // A name another rule read already stays as it was.
        if (mentionsOverlapping(ctx, start, end).some((x) => x.type === 'Person')) continue;
        const { id } = addBarePerson(
          ctx,
          p,
          name,
          start,
          'people:plural-honorific',
          honorific,
          p.start + m.index,
        );
        affiliationClaims(ctx, p, id, end);
      }
    }
  }
}
