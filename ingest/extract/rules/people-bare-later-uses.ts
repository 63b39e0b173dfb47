// A full name read by people-bare-apposition.ts written again in the document, bare: the same person.

import { addMention, type DocContext, mentionsOverlapping } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';

// A name inside a longer one is not the person: "Co-Chair of The Bill & Melinda Gates Foundation" (the
// High-level Panel on Digital Cooperation's list of members) names a body after her.
const inLongerName = (text: string, start: number, end: number): boolean =>
  /(?:&|\p{Lu}[\p{L}-]*)\s+$/u.test(text.slice(Math.max(0, start - 30), start)) ||
  /^(?:['’]s)?\s+\p{Lu}/u.test(text.slice(end, end + 4));

/** The same full name written again in the document, bare: the same person (a mention, its chain). */
export function laterUses(ctx: DocContext, found: ReadonlyMap<string, string>): void {
  for (const [name, id] of found) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}.-])${escaped}(?![\\p{L}\\p{N}-])`, 'gu');
    for (const p of ctx.passages) {
      if (!p.text.includes(name)) continue;
      for (const m of matchesOf(re, p.text)) {
        const start = p.start + m.index;
        const end = start + name.length;
        if (mentionsOverlapping(ctx, start, end).length > 0 || inLongerName(ctx.doc.text, start, end))
          continue;
        addMention(ctx, { id, type: 'Person', name, start, end, surface: name, passage: p });
        affiliationClaims(ctx, p, id, end);
      }
    }
  }
}
