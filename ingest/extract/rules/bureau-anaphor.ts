// "the unanimous re-election of Ms. Dorothy Gordon of Ghana as Chairperson of
// the Bureau" (UNESCO's page on the IFAP Council's 2020 elections, which
// names "the new IFAP Bureau Members" further on): a bare "the Bureau" is the
// one bureau the document names, so the chair rules after it read whose chair
// she is. A document naming two bureaus (a Council's and ITU's Development
// Bureau) or none is left alone: which one is meant is then a guess. Sibling
// of secretariat-anaphor.ts, which needs a majority; a bureau needs to be alone.

import { addMention, type DocContext, mentionsCovering } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// Capitalised only: "a bureau" is a word, "the Bureau" the body. "the Bureau of …" names its own body.
const BARE = /\bthe\s+Bureau\b(?!\s+of\b|[-\w])/g;

// The words of the test below, in any case (trigger-words.ts): a bit test before a read of the passage.
const WORDS = triggerWords(['the bureau']);

export function bureauAnaphorRule(ctx: DocContext): void {
  if (!ctx.doc.text.includes('the Bureau')) return;
  const named = new Map<string, string>();
  // A bureau the gazetteer names in full starts with the word: "Bureau of the Intergovernmental Council for the
  // Information for All Programme" (written "IFAP Bureau", q109).
  for (const m of ctx.mentions)
    if (m.type === 'Organization' && /\bBureau$|^Bureau of\b/.test(m.name)) named.set(m.id, m.name);
  if (named.size !== 1) return;
  const [id, name] = [...named][0]!;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS) || !p.text.includes('the Bureau')) continue;
    for (const m of matchesOf(BARE, p.text)) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      // Not inside a longer name ("the IFAP Bureau" is read already).
      if (mentionsCovering(ctx, end - 1).some((x) => x.type === 'Organization')) continue;
      addMention(ctx, { id, type: 'Organization', name, start, end, surface: m[0], passage: p });
    }
  }
}
