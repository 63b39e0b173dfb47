// Which body holds a numbered session the meetings rule found (rules/meetings.ts): the body named right
// after it ("the twenty-first session of the Commission on Science and Technology for Development", "the
// 15th session of the UN CSTD"), else the Commission, Council or Assembly its sentence names, else the last
// one named before it; none when the text says "the Commission" without naming which (its-subject.ts).

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import type { Passage } from '../../types.ts';
import {
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsStartingIn,
  sentenceAt,
} from '../context.ts';
import { requestedBody, unnamedSubject } from './its-subject.ts';
import { insideQuotes } from './quoted.ts';
import { unknownBodyAfter, unknownSubjectAfter } from './session-other-body.ts';
import { recordsSeries } from './session-records-series.ts';

const POSSESSIVE_ORGAN = /^['’]s\s+\p{Lu}/u;
const AT_ITS = /^\s*(?:\([A-Z]{2,8}\)\s*)?,?\s*(?:at|during|in)\s+(?:its\s+)?$/;

/** A body that holds numbered sessions. */
export const isSessionBody = (m: Mention): boolean =>
  m.type === 'Organization' && /Commission|Council|Assembly/.test(m.name);

// A regional commission's committee document heads its masthead with the Commission, then the committee on
// the lines under it, then the session ("Economic and Social Commission for Asia and the Pacific" / "Committee
// on Information and Communications Technology, Science, Technology and Innovation" / "Third session"): the
// session is the committee's, named right above it, not the Commission's (whose own sessions are the
// "Seventy-seventh session" under its name alone). Only "Committee on …", a standing committee; a Main
// Committee ("Second Committee") holds no sessions of its own.
const isStandingCommittee = (m: Mention): boolean =>
  m.type === 'Organization' && /^Committee on\b/.test(m.name);

// The committee's line right above the session, or its two lines when the name wraps after a comma.
const COMMITTEE_LINE_ABOVE =
  /(?:^|\n)[ \t]*Committee on\b(?:[^\n]*,[ \t]*\n[ \t]*\p{Lu})?[^\n]*\n(?:[ \t]*\n)*[ \t]*$/u;

/** A standing committee named right before a session's ordinal, nothing but spaces between. */
function committeeRightBefore(ctx: DocContext, p: Passage, at: number): Mention | undefined {
  const m = lastMentionBefore(ctx, at, (x) => x.type === 'Organization', Math.max(0, p.start - 200));
  return m && isStandingCommittee(m) && /^\s*$/.test(ctx.doc.text.slice(m.end, at)) ? m : undefined;
}

export function bodyFor(
  ctx: DocContext,
  p: Passage,
  at: number,
  end: number,
  explicit?: string,
): string | undefined {
  const after = mentionsStartingIn(ctx, end, end + 12).find(
    (m) => m.type === 'Organization' && !recordsSeries(ctx, m, at),
  );
  // "the 196th session of UNESCO's Executive Board" (CONNECTing the Dots conference page): the session is
  // an organ's, named after the possessive, not the organisation's; left out rather than given to UNESCO.
  if (after && POSSESSIVE_ORGAN.test(ctx.doc.text.slice(after.end, after.end + 4))) return undefined;
  // "the 15th session of the UN CSTD": "UN" qualifies the body named right after it.
  const qualified =
    after && ctx.gazetteer.byId.get(after.id)?.kind === 'intergovernmental'
      ? mentionsStartingIn(ctx, after.end + 1, after.end + 2).find((m) => m.type === 'Organization')
      : undefined;
  if (qualified) return qualified.id;
  // An organ named as the publisher of the Official Records holds no session but its records' own
  // (session-records-series.ts).
  const acting = (m: Mention): boolean => isSessionBody(m) && !recordsSeries(ctx, m, at);
  if (after) return after.id;
  // "annexed to the report of the first session of the Ad Hoc Committee" (a UNODC page on the cybercrime Ad Hoc
  // Committee): a working group named after the session holds it (meetings-group-sessions.ts), not the body the
  // sentence named before (the Assembly of "resolution 75/282").
  if (mentionsStartingIn(ctx, end, end + 12).some((m) => m.type === 'WorkingGroup')) return undefined;
  if (unknownBodyAfter(ctx, end) || unknownSubjectAfter(ctx, p, at, end)) return undefined;
  if (explicit)
    return ctx.mentions.find((m) => m.type === 'Organization' && m.surface === explicit && m.start >= end)
      ?.id;
  if (unnamedSubject(ctx, p, at)) return undefined;
  const committee = committeeRightBefore(ctx, p, at);
  if (committee) return committee.id;
  // "Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021" (a GA resolution's
  // footnote citing UNESCO's records): the body named right before it and a comma holds the session, not the
  // last Council or Assembly the document named.
  const cited = lastMentionBefore(ctx, at, (x) => x.type === 'Organization', Math.max(p.start, at - 120));
  if (cited && /^,\s*$/.test(ctx.doc.text.slice(cited.end, at))) return cited.id;
  // "… as well as the agreed conclusions adopted by the Commission on the Status of Women at its sixty-seventh
  // session" (a GA resolution's preamble, after "General Assembly resolutions" and "Human Rights Council
  // resolutions"): "its" is the body named right before it.
  const agent = lastMentionBefore(ctx, at, acting, Math.max(p.start, at - 200));
  if (agent && AT_ITS.test(ctx.doc.text.slice(agent.end, at))) return agent.id;
  // A committee no rule named ("Committee on Sample Statistics" over "Fifth session"): not the Commission's.
  if (COMMITTEE_LINE_ABOVE.test(ctx.doc.text.slice(Math.max(0, at - 200), at))) return undefined;
  const asked = requestedBody(ctx, p, at);
  if (asked) return inReach(asked, at, end) ? asked.id : undefined;
  const sentence = sentenceAt(p, at);
  const inSentence = (sentence ? mentionsStartingIn(ctx, sentence.start, sentence.end) : []).find(
    (m) =>
      m.type === 'Organization' &&
      sentence &&
      m.end <= sentence.end &&
      /Commission|Council|Assembly|CSTD/.test(m.name) &&
      !recordsSeries(ctx, m, at) &&
      // "as requested by the Economic and Social Council in its resolution 2023/3, the Commission … will
      // organize, during its twenty-seventh session" (GA resolution 78/132 ¶54): the body citing its resolution.
      !IN_ITS_RESOLUTION.test(ctx.doc.text.slice(m.end, m.end + 40)) &&
      // "At its fifty-sixth session, … the item entitled “Report of the Economic and Social Council”, the
      // General Assembly decided": the body in the quoted title does not hold the session.
      !insideQuotes(ctx.doc.text, sentence.start, m.start),
  );
  // "The UN Commission on Science and Technology for Development (CSTD), hosted by …, has been requested
  // by … Resolution E/RES/2023/3 to … organize discussions on WSIS+20 at its 27th session in 2024"
  // (UNCTAD page on the WSIS+20 reviews): the session's body is the subject, 372 characters back. No
  // quote of at most 300 characters shows both the session and whose it is: left out, not given to a
  // body named nearer ("the UN Economic and Social Council"), nor quoted by "at its 27th session" alone.
  if (inSentence) return inReach(inSentence, at, end) ? inSentence.id : undefined;
  return lastMentionBefore(ctx, at, acting)?.id;
}

const IN_ITS_RESOLUTION = /^(?:\s*\([^()]{1,20}\))?,?\s+in\s+its\s+(?:resolutions?|decisions?)\b/;

const inReach = (m: Mention, start: number, end: number): boolean =>
  Math.max(end, m.end) - Math.min(start, m.start) <= MAX_QUOTE_LENGTH;

/**
 * Where the quote of a session held by a body named before it in its sentence begins: at that name, so
 * that a sentence longer than one quote is cut to show whose session it is ("The Commission …, hosted
 * by …, will consider … at its twenty-seventh session").
 */
export function bodyQuoteFrom(
  ctx: DocContext,
  p: Passage,
  start: number,
  end: number,
  body: string,
): number | undefined {
  const s = sentenceAt(p, start);
  if (!s) return undefined;
  const named = mentionsStartingIn(ctx, s.start, start).filter((m) => m.id === body && m.end <= start);
  const m = named[named.length - 1];
  return m && inReach(m, start, end) ? m.start : undefined;
}
