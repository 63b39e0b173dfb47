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
  const subject = headingAt(i - 1);
  if (!subject) return line;
  const addendum = /^\s*Addendum\s*$/.test(ctx.passages[i + 1]?.text ?? '') ? headingAt(i + 2) : undefined;
  return `${subject} — ${line}${addendum ? ` — Addendum: ${addendum}` : ''}`;
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
