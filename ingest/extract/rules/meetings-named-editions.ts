// A gathering named as an annual process's meeting is that year's edition: "Multistakeholder Advisory Group
// Renewed to Prepare Internet Governance Forum Meeting in Mexico, November 2016" (UN press release) is the
// 11th IGF, which the same release names "the eleventh meeting of the Internet Governance Forum"; it was a
// second node, "Internet Governance Forum Meeting". As meetings-lists.ts numbers "IGF 2016".

import { type DocContext, lastMentionBefore } from '../context.ts';
import { localInitiative } from './local-initiatives.ts';
import { editionName, slugOf } from './meetings-lists.ts';

/** The edition `phrase` at `start` names ("<process> Meeting" dated `year`), or none. */
export function namedEdition(
  ctx: DocContext,
  phrase: string,
  start: number,
  year: string,
): { id: string; name: string; parent: string; ordinal: number } | undefined {
  const noun = /\s+[Mm]eeting$/.exec(phrase);
  if (!noun) return undefined;
  const m = ctx.gazetteer.matchType(phrase, 'Process').find((x) => x.start === 0 && x.end === noun.index);
  const e = m?.entry;
  // Not a national or regional initiative's ("Kenya Internet Governance Forum Meeting").
  if (!e?.annual || !e.startYear || localInitiative(ctx, { start })) return undefined;
  const n = Number(year) - e.startYear + 1;
  if (n < 1) return undefined;
  return { id: `meeting:${slugOf(e.id)}-${n}`, name: editionName(n, e.id, ctx), parent: e.id, ordinal: n };
}

/**
 * The full name of a process named before by its first words ("the second phase of the World Summit, to be
 * held in Tunis from 16 to 18 November 2005" after "the World Summit on the Information Society": one
 * summit, not a second meeting "World Summit"), or none.
 */
export function shortFormOf(ctx: DocContext, phrase: string, start: number): string | undefined {
  const words = phrase.trim();
  if (!/^\p{Lu}/u.test(words)) return undefined;
  return lastMentionBefore(
    ctx,
    start,
    (m) =>
      m.type === 'Process' &&
      m.name.startsWith(`${words} `) &&
      /^\s+(?:on|of|for)\s/.test(m.name.slice(words.length)),
  )?.name;
}
