// People known from the whole batch (second pass): an e-mail address resolved
// to the named person it belongs to ("pmajor@…" closing a presentation is
// Peter Major's), and a surname alone ("Mr. Major") named in another document.

import { nameTokens } from '../../resolve/names.ts';
import { props } from '../claims.ts';
import {
  addMention,
  addNode,
  claimedProperty,
  type DocContext,
  type KnownPerson,
  mentionsIn,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { knownBySurname, otherGender } from './people-surnames.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const SURNAME_ONLY =
  /\b(Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.|Professor|Ambassador)\s+([\p{Lu}][\p{L}'’-]+)\b(?!\s+[\p{Lu}])/gu;

const HONORIFICS = triggerWords(['mr.', 'ms.', 'mrs.', 'dr.', 'professor', 'ambassador']);

/** Whether an e-mail address's local part spells a name: "pmajor", "peter.major", "petermajor", "peter_major" → Peter Major. */
export function emailSpells(name: string, email: string): boolean {
  const local = email.split('@')[0]!.toLowerCase();
  const t = nameTokens(name);
  if (t.length < 2) return false;
  const first = t[0]!;
  const last = t[t.length - 1]!;
  return [
    `${first[0]}${last}`,
    `${first}.${last}`,
    `${first}${last}`,
    `${first}_${last}`,
    `${first[0]}.${last}`,
  ].includes(local);
}

/** The one person of the batch whose name the address spells. */
export function knownByEmail(known: readonly KnownPerson[], email: string): KnownPerson | undefined {
  const hits = known.filter((k) => emailSpells(k.name, email));
  return new Set(hits.map((h) => h.id)).size === 1 ? hits[0] : undefined;
}

export function peopleKnownRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (p.text.includes('@'))
      for (const m of matchesOf(EMAIL, p.text)) {
        const k = knownByEmail(ctx.known, m[0]);
        if (!k) continue;
        const start = p.start + m.index;
        const end = start + m[0].length;
        const source = sourceAt(ctx, p, start, end);
        addNode(
          ctx,
          { id: k.id, type: 'Person', name: k.name, properties: props({ email: m[0] }), source },
          'people:email',
        );
        addMention(ctx, { id: k.id, type: 'Person', name: k.name, start, end, surface: m[0], passage: p });
        // The address closing the text signs it; one in its opening lines is a contributor's contact line
        // ("Please enter your contact details: …", a compilation of questionnaire replies).
        if (start >= ctx.doc.text.length / 2) ctx.state.set('signedBy', k.id);
      }
    if (hasTrigger(p, HONORIFICS))
      for (const m of matchesOf(SURNAME_ONLY, p.text)) {
        const start = p.start + m.index;
        const end = start + m[0].length;
        if (mentionsIn(ctx, start, end, 'Person').length > 0) continue;
        const k = knownBySurname(ctx, m[2]!);
        if (!k || otherGender(claimedProperty(ctx, k.id, 'honorific'), m[1])) continue;
        addNode(
          ctx,
          { id: k.id, type: 'Person', name: k.name, source: sourceAt(ctx, p, start, end) },
          'people:surname',
        );
        addMention(ctx, { id: k.id, type: 'Person', name: k.name, start, end, surface: m[0], passage: p });
      }
  }
}
