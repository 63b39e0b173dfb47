// A body's ordinal sessions (rules/meetings.ts): "twenty-first session of the Commission", "27th CSTD",
// "WSIS 2nd session", "Substantive session of 2012"; each PART_OF its body.

import { type DocContext, lastMentionBefore, mentionsStartingIn } from '../context.ts';
import { capitalise, ORDINAL_SOURCE, ordinalWord, parseOrdinal } from '../parse/ordinals.ts';
import type { Spans } from '../spans.ts';
import { anchoredMatches, wordStart } from './anchored-matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { nameOf, slugOf } from './meetings-lists.ts';
import { bodyFor, bodyQuoteFrom, isSessionBody } from './session-body.ts';

const ORD = ORDINAL_SOURCE;
const SESSION = new RegExp(
  `\\b(${ORD})\\s+(?:annual\\s+|regular\\s+|special\\s+)?session\\b(?:\\s+of\\s+(?:the\\s+)?)?|\\b(${ORD})(?:\\s+and\\s+(${ORD}))?\\s+(CSTD|Commission)\\b(?!\\s+on)|\\b([A-Z]{3,6})\\s+(${ORD})\\s+[Ss]ession\\b|\\b[Ss]ubstantive session of (\\d{4})`,
  'gi',
);

// The same search from its nouns (anchoredMatches): an ordinal is at most two words ("twenty first"), so
// SESSION starts at most five words before its noun ("twenty first and twenty second Commission"), at a
// word character after a non-word one.
const SESSION_AT = new RegExp(SESSION.source, 'iy');
const SESSION_ANCHOR = /(?:session|cstd|commission)\b/gi;

/** The sessions passage `p` names, each kept with `keep` and its words added to `taken`. */
export function ordinalSessions(
  ctx: DocContext,
  p: DocContext['passages'][number],
  taken: Spans,
  keep: (f: FoundMeeting) => void,
): void {
  const free = (a: number, b: number): boolean => taken.free(a, b);
  for (const m of anchoredMatches(SESSION_AT, SESSION_ANCHOR, p.text, 5, wordStart)) {
    const start = p.start + m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    if (m[7]) {
      // Unless named after it, the body named last before it: a masthead run into one line lists the
      // Assembly, then the Council whose "Substantive session of 2011" it is (A/66/64–E/2011/77).
      const named = mentionsStartingIn(ctx, end, end + 12).some((x) => x.type === 'Organization');
      const body =
        (named ? undefined : lastMentionBefore(ctx, start, isSessionBody, p.start)?.id) ??
        bodyFor(ctx, p, start, end);
      if (!body) continue;
      taken.add(start, end);
      keep({
        id: `meeting:${slugOf(body)}-substantive-session-${m[7]}`,
        name: `Substantive session of ${m[7]} of the ${nameOf(body, ctx)}`,
        parent: body,
        p,
        start,
        end,
      });
      continue;
    }
    // With the i flag "[A-Z]{3,6}" also matches "its twenty-sixth session": only an acronym names the body.
    const acronym = m[5] && /^[A-Z]+$/.test(m[5]) ? m[5] : undefined;
    const ords = [m[1], m[2], m[3], m[6]].filter((x): x is string => Boolean(x)).map((x) => parseOrdinal(x)!);
    const body =
      m[4] || acronym
        ? (bodyFor(ctx, p, start, end, acronym) ?? findOrg(ctx, m[4] ?? acronym))
        : bodyFor(ctx, p, start, end);
    if (!body || ords.some((o) => !o)) continue;
    taken.add(start, end);
    const quoteFrom = bodyQuoteFrom(ctx, p, start, end, body);
    for (const n of ords)
      keep({
        id: `meeting:${slugOf(body)}-${n}`,
        name: `${capitalise(ordinalWord(n))} session of the ${nameOf(body, ctx)}`,
        parent: body,
        ordinal: n,
        p,
        start,
        end,
        quoteFrom,
      });
  }
}

function findOrg(ctx: DocContext, word: string | undefined): string | undefined {
  if (!word) return undefined;
  return ctx.gazetteer.match(word)[0]?.entry.id;
}
