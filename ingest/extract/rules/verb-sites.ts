// The loop relationship rules open with: each match of the rule's verb in each sentence of the passages that
// hold one of its trigger words (mandates-requested-by "… requested by resolution …", mandates-resolution-subject
// "Resolution 70/125 … calls upon …", established-gathering "The … Conference … decided … to establish …").
// The rule then reads the mentions before and after the verb.

import type { Passage } from '../../types.ts';
import { type DocContext, type Sentence, sentences } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, type TriggerWords } from './trigger-words.ts';

/**
 * Calls `visit(p, s, at, after)` for each match of `verb` (flag g) in each sentence `s` of each passage `p`
 * holding one of `words`: the verb's start and end as document offsets, in text order.
 */
export function forEachVerb(
  ctx: DocContext,
  words: TriggerWords,
  verb: RegExp,
  visit: (p: Passage, s: Sentence, at: number, after: number) => void,
): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, words)) continue;
    for (const s of sentences(p))
      for (const v of matchesOf(verb, s.text)) {
        const at = s.start + v.index;
        visit(p, s, at, at + v[0].length);
      }
  }
}
