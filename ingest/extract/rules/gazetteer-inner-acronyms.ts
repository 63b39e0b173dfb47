// Gazetteer names with an acronym inside them, matched with the acronym blanked out (gazetteer-mentions.ts).

import type { DocContext } from '../context.ts';

// An acronym inside a name, before its "on"/"of" ("the Open-Ended Working Group (OEWG) on ICTs in the Context
// of International Security 2021-2025", Russian MFA press release of 2 June 2021): the name is matched with
// the acronym blanked out (same length, so offsets hold).
export const INNER_ACRONYM = /\s\([A-Z]{2,8}\)(?=\s+(?:on|of|for)\s+\p{Lu})/u;
const INNER_ACRONYMS = new RegExp(INNER_ACRONYM.source, 'gu');

type Found = ReturnType<DocContext['gazetteer']['match']>[number];

export function innerAcronymMatches(ctx: DocContext, text: string, found: readonly Found[]): Found[] {
  const blanked = text.replace(INNER_ACRONYMS, (a) => ' '.repeat(a.length));
  const out: Found[] = [];
  for (const m of ctx.gazetteer.match(blanked)) {
    // Only the names that span a blanked acronym; the others were found already.
    const inner = text.slice(m.start, m.end);
    if (
      !INNER_ACRONYM.test(inner) ||
      found.some((f) => f.start < m.end && f.end > m.start && f.end - f.start >= m.end - m.start)
    )
      continue;
    out.push({ ...m, surface: inner });
  }
  return out;
}
