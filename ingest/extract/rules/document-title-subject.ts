// A title line made whole (rules/document.ts): markup and footnote marks off, and a "Report of the
// Secretary-General" line given the subject heading above it.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';

// "Report of the Secretary-General" under a UN masthead is the kind of the document; its subject is the
// heading above it, and an "Addendum" below it has its own heading (A/67/66/Add.1–E/2012/49/Add.1,
// A/74/821): "<subject> — Report of the Secretary-General — Addendum: <heading>".
const BY_OFFICE = /^(?:Report|Note) (?:of|by) the Secretary-General$/i;

export function withSubject(ctx: DocContext, titleP: Passage, line: string): string {
  if (!BY_OFFICE.test(line) || titleP.text.trim().split('\n').length > 1) return line;
  const i = ctx.passages.indexOf(titleP);
  const headingAt = (k: number) => {
    const q = ctx.passages[k];
    if (!q || (q.kind !== 'heading' && q.kind !== 'text') || q.text.length > 300) return undefined;
    const t = clean(q.text.replace(/\s*\n\s*/g, ' '));
    // Masthead furniture is no subject: "Distr.: General", "Item 14 of the agenda", "Seventy-fourth session".
    return /\b(?:Distr\.|Original:|session|[Ii]tem \d|[Aa]genda)\b|^\d/.test(t) || !/\p{Ll}/u.test(t)
      ? undefined
      : t;
  };
  // A site's header restating the kind over its copy ("Report of the Secretary-General" at the top of a
  // document-sharing page, 123dok's copy of A/70/63–E/2015/10): the masthead's own line, further down, has the
  // subject above it.
  const own = [i, ...sameLines(ctx, titleP, i)].find((k) => headingAt(k - 1) !== undefined);
  if (own === undefined) return line;
  const subject = headingAt(own - 1)!;
  const addendum = /^\s*Addendum\s*$/.test(ctx.passages[own + 1]?.text ?? '')
    ? headingAt(own + 2)
    : undefined;
  return `${subject} — ${line}${addendum ? ` — Addendum: ${addendum}` : ''}`;
}

/** How many passages further a restated kind line may stand (a masthead's, not a body's mention). */
const RESTATED_WITHIN = 40;

/** The passages after `i` holding the same line as `titleP`, in the opening passages. */
function sameLines(ctx: DocContext, titleP: Passage, i: number): number[] {
  const text = titleP.text.trim();
  const out: number[] = [];
  for (let k = i + 1; k < Math.min(ctx.passages.length, i + RESTATED_WITHIN); k++)
    if (ctx.passages[k]!.text.trim() === text) out.push(k);
  return out;
}

export function clean(line: string): string {
  return (
    line
      .replace(/^#+\s*/, '')
      // A web copy keeps the footnote mark in brackets: "Report of the Special Rapporteur on the right to
      // privacy[*]" (a law library's copy of A/HRC/37/62); the brackets go with the stars.
      .replace(/\[\*+\]/g, '')
      .replace(/\*+/g, '')
      .replace(/[*¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, '')
      // A footnote marker set on the line as a plain digit: "Draft resolution for adoption by the Council1".
      .replace(/(?<=\p{Ll}{4})\d$/u, '')
      // A title whose holder's name follows on the next line keeps no comma at its end: "Report of the
      // Special Rapporteur on the right to privacy," over "Jane Roe" (a mandate holder's report).
      .replace(/\s*,$/, '')
      .trim()
  );
}
