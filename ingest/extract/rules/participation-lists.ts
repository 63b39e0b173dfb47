// People named as a meeting's participants (MODEL.md PARTICIPATED_IN), as news of a session lists them: "The
// session will feature high-level participants, including Nobel Laureate Professor X, Dr. Y, Secretary-General
// of the International Telecommunication Union (ITU), …, and Dr. Z, Director-General of CERN" (UNCTAD news of
// the CSTD's fifteenth session), "Participants included Ms. A and Mr. B". Each person listed after the words
// (a post after each name, commas in it) took part in the meeting the sentence names, or the meeting the
// passage reports on for "The session" / "The meeting".

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, mentionsIn, type Sentence, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { currentMeeting } from './current-meeting.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['participants']);
const LIST = /\bparticipants,?\s+(?:includ(?:ed|ing|e)|such\s+as|among\s+them)\s*:?\s+/gi;
// Between two people of the list: their posts, with commas, brackets, "and"; no clause of its own.
const BETWEEN = /^[^;.:]{0,200}?(?:,\s*|\s+and\s+|,\s*and\s+)$/;
const VERBISH = /\b(?:will|would|was|were|is|are|has|have|had|said|stressed|noted|opened|closed)\b/;
const ANAPHOR = /^\W*(?:The|This)\s+(?:session|meeting|event|conference|forum|workshop|summit)\b/i;

export function participationListsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (p.kind === 'footnote' || !hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p))
      for (const m of matchesOf(LIST, s.text))
        listed(ctx, p, s, s.start + m.index, s.start + m.index + m[0].length);
  }
}

function listed(ctx: DocContext, p: Passage, s: Sentence, at: number, from: number): void {
  const named = mentionsIn(ctx, s.start, at, 'Meeting').pop();
  const meeting = named?.id ?? (ANAPHOR.test(s.text) ? currentMeeting(ctx, p) : undefined);
  if (!meeting) return;
  let last = from;
  for (const person of mentionsIn(ctx, from, s.end, 'Person')) {
    if (person.start < last) continue;
    const between = ctx.doc.text.slice(last, person.start);
    // The first name right after the words (a title such as "Nobel Laureate" before it), each next after a post.
    const ok =
      last === from
        ? /^(?:[\p{Lu}][\p{L}-]*\s+){0,3}$/u.test(between)
        : BETWEEN.test(between) && !VERBISH.test(between);
    if (!ok) break;
    // The quote must show the words and the name together: a name farther on than one quote holds (the
    // fourth and fifth names of the CSTD news, 318 and 415 characters past "participants") is left out.
    if (person.end - at > MAX_QUOTE_LENGTH) break;
    addEdge(
      ctx,
      { type: 'PARTICIPATED_IN', from: person.id, to: meeting, source: sourceAt(ctx, p, at, person.end) },
      'participation-lists',
    );
    last = person.end;
  }
}
