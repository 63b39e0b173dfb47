// Clauses around a reporting verb that name a body which is no part of the reporting line
// (rules/reports-to.ts).
//
// A review page of the WSIS+20 process (2025) opens: "The UN Commission on Science and Technology
// for Development (CSTD), hosted by the e United Nations Conference on Trade and Development(UNCTAD),
// mandated to undertake regular WSIS reviews since 2006, has been requested … to … report thereon,
// through the Council, to the General Assembly": the host named in the aside (a stray letter in
// front of it) does not report; the Commission does. A background paper for the same review: "The
// CSTD has conducted annual reviews of WSIS implementation on behalf of ECOSOC since 2005, and
// published an extensive systematic report on WSIS implementation as a major contribution to the
// General Assembly review in 2015": ECOSOC, named after "on behalf of", reports nothing, and a
// "contribution to the General Assembly review" is no report sent to the Assembly.

import type { DocContext, Mention } from '../context.ts';

// ", hosted by …" / ", serviced by …" up to the name, with no comma, bracket or clause end between:
// a participial aside naming another body than the sentence's subject.
const ASIDE_BY =
  /,\s*(?:(?:jointly|currently|also)\s+)?(?:hosted|serviced|supported|assisted|funded|backed|housed|administered)\s+by\b[^,;()]*$/;
// "on behalf of the Council": the one acted for.
const ON_BEHALF = /\bon\s+behalf\s+of\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?$/;

/** Whether body `m` is named in an aside ("…, hosted by X,") or as the one acted for ("on behalf of X"). */
export function namedAside(ctx: DocContext, m: Mention, sentenceStart: number): boolean {
  const before = ctx.doc.text.slice(Math.max(sentenceStart, m.start - 120), m.start);
  return ASIDE_BY.test(before) || ON_BEHALF.test(before);
}

// A noun that takes "to" itself: "a contribution to", "an input to", "in response to", "access to".
const NOUN_BEFORE_TO =
  /\b(?:contributions?|inputs?|responses?|access|relation|regard|reference|addition|prior|pursuant|according|due)\s+$/i;

/** Whether the "to" ending `before` belongs to a noun before it ("a contribution to"), not to the verb "report". */
export function toOfNoun(before: string): boolean {
  return NOUN_BEFORE_TO.test(before);
}

// "to the General Assembly review", "to the Council's review process": the body's name qualifies the
// review it contributes to, which is no body reported to.
const QUALIFIES_REVIEW = /^\s+(?:overall\s+)?(?:review|reviews|review process)\b/i;

/** Whether the text after a body's name makes the name a qualifier of a review ("the General Assembly review"). */
export function qualifiesReview(after: string): boolean {
  return QUALIFIES_REVIEW.test(after);
}

// A body's name before a noun for its members or parts names those, not the body: "The Tunis Agenda also calls
// upon every UN agency with a World Summit “Action Line” to report to ECOSOC on progress" (a delegation's
// statement in the Second Committee on ICTs for development) has the agencies report, not the United Nations.
const QUALIFIES_MEMBERS =
  /^\s+(?:system\s+)?(?:agenc(?:y|ies)|entit(?:y|ies)|organi[sz]ations?|bodies|funds|programmes|specialized\s+agencies|system\b|[Mm]ember\s+[Ss]tates|members)\b/;

/** Whether the text after a body's name makes the name a qualifier of its members or parts ("every UN agency"). */
export function qualifiesMembers(after: string): boolean {
  return QUALIFIES_MEMBERS.test(after);
}

// A body's name before a post names the post's holder, who reports, not the body: "It also requests that UN
// High Commissioner for Human Rights submit a report … to the Geneva-based Human Rights Council at its 27th
// session and to the Assembly at its 69th session" (a law society's note on A/RES/68/167) had the United
// Nations report to the Assembly (that post is OHCHR's name in the gazetteer now; "UN High Commissioner for
// Refugees" is not); "the UN Special Rapporteur on the right to privacy shall report annually to the Council" is
// the Rapporteur's.
const QUALIFIES_POST =
  /^\s+(?:High\s+Commissioner|(?:Deputy\s+|Under-|Assistant\s+)?Secretary-General|Special\s+(?:Rapporteur|Representative|Envoy|Adviser)|Independent\s+Expert|Envoy)\b/;

/** Whether the text after a body's name makes the name part of a post's title ("UN High Commissioner"). */
export function qualifiesPost(after: string): boolean {
  return QUALIFIES_POST.test(after);
}
