// A contributor's contact details in a compilation of replies to a questionnaire name them without an
// honorific, their e-mail address a few words on: "Please enter your contact details: Jane Roe, Example
// Caucus member, Ruritania jane.roe@example.org" (the replies the CSTD's Working Group on Enhanced
// Cooperation compiled, 2013; stakeholders' submissions carry such lines too). Two or three capitalised
// words are a person's name only when the address after them spells it ("jane.roe", "janeroe", "jroe",
// people-known.ts emailSpells), no other address between, and the words pass the bare-name guards.
// Runs after the honorific rules (rule-order.ts RULES): a name another rule read stays theirs.

import { props } from '../claims.ts';
import { addNode, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { EMAIL, emailSpells } from './people-known.ts';

// How far before its address a name may stand: a post and a State between ("Jane Roe, Example Caucus
// member, Ruritania jane.roe@…").
const REACH = 120;
const NAME =
  /(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00A0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?![\p{L}-])/gu;

export function peopleEmailNamesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!p.text.includes('@')) continue;
    let from = 0;
    for (const e of matchesOf(EMAIL, p.text)) {
      const window = p.text.slice(Math.max(from, e.index - REACH), e.index);
      const offset = p.start + Math.max(from, e.index - REACH);
      from = e.index + e[0].length;
      // The name nearest the address that it spells.
      const names = [...matchesOf(NAME, window)].filter((m) => emailSpells(m[0], e[0]));
      const m = names[names.length - 1];
      if (!m) continue;
      const start = offset + m.index;
      if (!strongBareName(ctx, m[0], start, true)) continue;
      const person = addBarePerson(ctx, p, m[0], start, 'people-email-names');
      const source = sourceAt(ctx, p, start, p.start + from);
      addNode(
        ctx,
        { id: person.id, type: 'Person', name: m[0], properties: props({ email: e[0] }), source },
        'people-email-names',
      );
    }
  }
}
