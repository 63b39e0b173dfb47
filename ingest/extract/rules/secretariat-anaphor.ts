// "The Secretariat organized an intersessional panel meeting in Lisbon" (a
// CSTD report, 004 ¶2): a bare "the Secretariat" is the one secretariat the
// document names elsewhere ("the Head of the CSTD Secretariat"), or the one it
// names far more often than any other. Otherwise it is left alone. Runs before
// the rules that read agents.

import { addMention, type DocContext, mentionsCovering } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const BARE = /\b[Tt]he\s+[Ss]ecretariat\b(?!\s+of\b|\s*-?\s*General)/g;

// The word of the test below, in any case (trigger-words.ts): a bit test before a read of the passage.
const WORDS = triggerWords(['ecretariat']);

export function secretariatAnaphorRule(ctx: DocContext): void {
  const named = new Map<string, { name: string; n: number }>();
  for (const m of ctx.mentions)
    if (m.type === 'Organization' && m.id.endsWith('-secretariat')) {
      const x = named.get(m.id) ?? { name: m.name, n: 0 };
      x.n++;
      named.set(m.id, x);
    }
  // The one secretariat named, or the one named at least twice as often as any other (a CSTD report
  // that also cites the IGF Secretariat once in a footnote).
  const ranked = [...named].sort((a, b) => b[1].n - a[1].n);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1].n < 2 * ranked[1]![1].n)) return;
  const [id, { name }] = ranked[0]!;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS) || !p.text.includes('ecretariat')) continue;
    for (const m of matchesOf(BARE, p.text)) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      // Not inside a longer name ("the CSTD Secretariat", "the IGF Secretariat").
      if (mentionsCovering(ctx, end - 1).some((x) => x.type === 'Organization')) continue;
      addMention(ctx, { id, type: 'Organization', name, start, end, surface: m[0], passage: p });
    }
  }
}
