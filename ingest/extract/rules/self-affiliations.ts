// Where a speaker says they work, inside their own turn of a verbatim transcript (the IGF's captioning):
// ">> LABEL: … My name is X. I work with the Inter-Parliamentary Union, the IPU, and …" (the closing of the
// IGF 2024 Parliamentary Track), "I work for the Internet Society", "I'm from the IGF Secretariat": the
// speaker is AFFILIATED_WITH the body named right after the verb. Only a body the text names there (a
// mention from the gazetteer or org-names, not "I work with young people"); "I'm from Kenya" names where
// the speaker comes from, not whom they represent: no Member State.
// Reported or quoted words ("She said: I work for …") are someone else's (self-introductions.ts).

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, type Mention, mentionsStartingIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { isMemberState } from './body-kinds.ts';

// "I work with the", "I work for", "I work at", "I'm working with", "I'm from the", "I am with the".
export const SELF_WORK =
  /\bI(?:\s+(?:currently\s+)?work|['’]m\s+(?:currently\s+)?working|\s+am\s+(?:currently\s+)?working|['’]m|\s+am)\s+(with|for|at|from)\s+(?:the\s+)?/g;

/** Where the sentence holding offset `at` in `text` starts: after the last ".", "!" or "?" before it. */
export const sentenceStart = (text: string, at: number): number => {
  let i = at - 1;
  while (i >= 0 && text[i] !== '.' && text[i] !== '!' && text[i] !== '?') i--;
  return i + 1;
};

/** AFFILIATED_WITH claims for `speaker` from the words of their turn, `from`–`to` in passage `p`. */
export function selfAffiliations(
  ctx: DocContext,
  p: Passage,
  speaker: Mention,
  from: number,
  to: number,
): void {
  const words = p.text.slice(from, to);
  for (const m of matchesOf(SELF_WORK, words)) {
    const at = from + m.index;
    if (/[:“”"]/.test(p.text.slice(Math.max(from, sentenceStart(p.text, at)), at))) continue;
    const after = p.start + at + m[0].length;
    const body = mentionsStartingIn(ctx, after, after).find(
      (x) => x.type === 'Organization' && x.start === after,
    );
    if (!body) continue;
    if (isMemberState(ctx, body.id)) continue;
    const source = sourceAt(ctx, p, p.start + at, body.end);
    addEdge(ctx, { type: 'AFFILIATED_WITH', from: speaker.id, to: body.id, source }, 'self-affiliations');
  }
}
