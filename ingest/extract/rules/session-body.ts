// Which body holds a numbered session the meetings rule found (rules/meetings.ts): the body named right
// after it ("the twenty-first session of the Commission on Science and Technology for Development", "the
// 15th session of the UN CSTD"), else the Commission, Council or Assembly its sentence names, else the last
// one named before it; none when the text says "the Commission" without naming which (its-subject.ts).

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsStartingIn,
  sentenceAt,
} from '../context.ts';
import { unnamedSubject } from './its-subject.ts';
import { insideQuotes } from './quoted.ts';

/** A body that holds numbered sessions. */
export const isSessionBody = (m: Mention): boolean =>
  m.type === 'Organization' && /Commission|Council|Assembly/.test(m.name);

export function bodyFor(
  ctx: DocContext,
  p: Passage,
  at: number,
  end: number,
  explicit?: string,
): string | undefined {
  const after = mentionsStartingIn(ctx, end, end + 12).find((m) => m.type === 'Organization');
  // "the 15th session of the UN CSTD": "UN" qualifies the body named right after it.
  const qualified =
    after && ctx.gazetteer.byId.get(after.id)?.kind === 'intergovernmental'
      ? mentionsStartingIn(ctx, after.end + 1, after.end + 2).find((m) => m.type === 'Organization')
      : undefined;
  if (qualified) return qualified.id;
  if (after) return after.id;
  if (explicit)
    return ctx.mentions.find((m) => m.type === 'Organization' && m.surface === explicit && m.start >= end)
      ?.id;
  if (unnamedSubject(ctx, p, at)) return undefined;
  const sentence = sentenceAt(p, at);
  const inSentence = (sentence ? mentionsStartingIn(ctx, sentence.start, sentence.end) : []).find(
    (m) =>
      m.type === 'Organization' &&
      sentence &&
      m.end <= sentence.end &&
      /Commission|Council|Assembly|CSTD/.test(m.name) &&
      // "At its fifty-sixth session, … the item entitled “Report of the Economic and Social Council”, the
      // General Assembly decided": the body in the quoted title does not hold the session.
      !insideQuotes(ctx.doc.text, sentence.start, m.start),
  );
  return (inSentence ?? lastMentionBefore(ctx, at, isSessionBody))?.id;
}
