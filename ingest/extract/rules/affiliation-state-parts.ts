// A segment of a chain of posts that names Member States (affiliation-parts.ts, affiliation.ts): the State a
// mission or a government is of, or two States joined by "and".

import type { DocContext } from '../context.ts';
import type { AffiliationPart } from './affiliation.ts';

/**
 * "Permanent Mission of the Republic of Uganda to the UN", "Government of the Bahamas" (an IGF session's
 * speaker list: "Carol Roach, Under-Secretary, Ministry of Economic Affairs, Government of the Bahamas"):
 * the Member State the person represents, not a body of that name beside the State.
 */
export function missionOf(
  ctx: DocContext,
  raw: string,
  start: number,
  end: number,
): AffiliationPart | undefined {
  const m = /^(?:(?:Permanent\s+)?Mission|Government)\s+of\s+(?:the\s+)?(.+?)(?:\s+to\s+.*)?$/.exec(raw);
  if (!m) return undefined;
  const state = ctx.gazetteer
    .match(m[1]!)
    .find((x) => x.entry.kind === 'member-state' && x.end >= m[1]!.length - 1);
  return state ? { kind: 'country', start, end, text: raw, entry: state.entry } : undefined;
}

/** "<Member State> and <Member State>" (a dual nationality in a roster): each State, else undefined. */
export function twoStates(ctx: DocContext, raw: string, start: number): AffiliationPart[] | undefined {
  const and = /\s+and\s+/.exec(raw);
  if (!and) return undefined;
  const halves: [string, number][] = [
    [raw.slice(0, and.index), start],
    [raw.slice(and.index + and[0].length), start + and.index + and[0].length],
  ];
  const out: AffiliationPart[] = [];
  for (const [text, at] of halves) {
    const state = ctx.gazetteer
      .match(text)
      .find((m) => m.entry.kind === 'member-state' && m.start <= 4 && m.end >= text.length - 1);
    if (!state || !/^(?:the\s+)?$/i.test(text.slice(0, state.start))) return undefined;
    out.push({ kind: 'country', start: at, end: at + text.length, text, entry: state.entry });
  }
  return out;
}
