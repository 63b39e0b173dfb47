// The holder of a Human Rights Council special procedure, named without an honorific after the mandate's
// title and a comma, as the Council's reports write it on their mastheads and in their notes by the
// Secretariat: "Report of the Special Rapporteur on the promotion and protection of the right to freedom of
// opinion and expression, Frank La Rue" (A/HRC/17/27), "the report of the Special Rapporteur on …, David
// Kaye, pursuant to Council resolution 34/18" (A/HRC/38/35). The title names a mandate ("on <its field>"),
// so the name after it is its holder; the name ends the line or the clause. Only a Person: the mandate is no
// body of the model, and which body appointed the holder is not said there.
// Runs after people-bare-apposition (extract-document.ts RULES): a name another rule read stays theirs.

import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// The mandate's field: words without a clause's punctuation, over a line break too (a title wrapped on a
// masthead), at most 160 characters ("on the promotion and protection of human rights and fundamental freedoms
// while countering terrorism").
const HOLDER = new RegExp(
  `\\b(?:Special Rapporteur|Independent Expert)\\s+on\\s+(?:the\\s+)?[^,.;:()\\n]{3,120}(?:\\n[^,.;:()\\n]{1,80})?,[ \\u00A0]+(${BARE_NAME})(?=\\*?[ \\u00A0]*(?:[,.;)\\n]|$))`,
  'gu',
);

const WORDS = triggerWords(['rapporteur', 'independent expert']);

export function peopleMandateHoldersRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(HOLDER, p.text)) {
      const name = m[1]!;
      const start = p.start + m.index + m[0].length - name.length;
      if (!strongBareName(ctx, name, start)) continue;
      addBarePerson(ctx, p, name, start, 'people-mandate-holders');
    }
  }
}
