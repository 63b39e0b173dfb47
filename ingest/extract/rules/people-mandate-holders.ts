// The holder of a Human Rights Council special procedure, named without an honorific after the mandate's
// title and a comma, as the Council's reports write it on their mastheads and in their notes by the
// Secretariat: "Report of the Special Rapporteur on the promotion and protection of the right to freedom of
// opinion and expression, Frank La Rue" (A/HRC/17/27), "the report of the Special Rapporteur on …, David
// Kaye, pursuant to Council resolution 34/18" (A/HRC/38/35). The title names a mandate ("on <its field>"),
// so the name after it is its holder; the name ends the line or the clause. Only a Person: the mandate is no
// body of the model, and which body appointed the holder is not said there.
// A masthead's title "Report of the Special Rapporteur on …, Name" says whose report the document is: the holder
// PRODUCED it (q94). Only the title itself, opening its line above the first numbered paragraph: "the report of
// the Special Rapporteur on …, David Kaye, pursuant to …" in a sentence cites another report. So does a summary's
// "…, Name, presents" (PRESENTS).
// Runs after people-bare-apposition (rule-order.ts RULES): a name another rule read stays theirs.

import { addEdge, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { BARE_NAME, strongBareName } from './bare-name-guards.ts';
import { addBarePerson } from './bare-person.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// The mandate's field: words without a clause's punctuation, over a line break too (a title wrapped on a
// masthead), at most 160 characters ("on the promotion and protection of human rights and fundamental freedoms
// while countering terrorism").
// The name may stand on the line under the title, and carry a middle initial: "Report of the Special
// Rapporteur on the right to privacy,\nJoseph A. Cannataci" (A/HRC/31/64's masthead).
const INITIALLED = '\\p{Lu}\\p{Ll}+[ \\u00A0]+\\p{Lu}\\.[ \\u00A0]*\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const HOLDER = new RegExp(
  `\\b(?:Special Rapporteur|Independent Expert)\\s+on\\s+(?:the\\s+)?[^,.;:()\\n]{3,120}(?:\\n[^,.;:()\\n]{1,80})?,(?:[ \\u00A0]+|[ \\u00A0]*\\n[ \\u00A0]*)(${INITIALLED}|${BARE_NAME})(?=\\*?[ \\u00A0]*(?:[,.;)\\n]|$))`,
  'gu',
);

const WORDS = triggerWords(['rapporteur', 'independent expert']);
// A masthead whose title and holder's line are apart (a copy's passages split at the comma): the title ends
// its passage with the comma, the name alone opens the next one.
const TITLE_END =
  /\b(?:Special Rapporteur|Independent Expert)\s+on\s+(?:the\s+)?[^,.;:()\n]{3,120}(?:\n[^,.;:()\n]{1,80})?,\s*$/u;
const NAME_LINE = new RegExp(`^[ \\u00A0]*(${INITIALLED}|${BARE_NAME})\\*?[ \\u00A0]*(?:\\n|$)`, 'u');

// The summary above the first numbered paragraph saying the holder presents it: "the Special Rapporteur on the
// rights to freedom of peaceful assembly and of association, Clément N. Voule, presents to the Human Rights
// Council a study of …" (A/HRC/47/24/Add.2).
const PRESENTS = /^,\s+(?:presents|submits)\b/;
// The title's head right before the mandate: "Report of the ", alone at the line's start.
const TITLE_HEAD = /^\s*\**\s*Report\s+of\s+the\s+$/;

export function peopleMandateHoldersRule(ctx: DocContext): void {
  const first = ctx.passages.findIndex((p) => p.kind === 'paragraph');
  const firstPara = first < 0 ? ctx.passages.length : first;
  for (const [i, p] of ctx.passages.entries()) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(HOLDER, p.text)) {
      const name = m[1]!;
      const start = p.start + m.index + m[0].length - name.length;
      if (!strongBareName(ctx, name, start)) continue;
      const person = addBarePerson(ctx, p, name, start, 'people-mandate-holders');
      const lineStart = p.text.lastIndexOf('\n', m.index) + 1;
      const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (i < firstPara && (TITLE_HEAD.test(p.text.slice(lineStart, m.index)) || PRESENTS.test(after)))
        addEdge(
          ctx,
          {
            type: 'PRODUCED',
            from: person.id,
            to: ctx.info.id,
            source: sourceAt(ctx, p, p.start + lineStart, start + name.length),
          },
          'people-mandate-holders:title',
        );
    }
    const next = ctx.passages[i + 1];
    if (!next || !TITLE_END.test(p.text)) continue;
    const line = NAME_LINE.exec(next.text);
    if (!line) continue;
    const start = next.start + line[0].indexOf(line[1]!);
    if (strongBareName(ctx, line[1]!, start))
      addBarePerson(ctx, next, line[1]!, start, 'people-mandate-holders');
  }
}
