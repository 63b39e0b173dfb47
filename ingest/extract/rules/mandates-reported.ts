// Requests that are not the named resolution's own (rules/mandates.ts, q105). MODEL.md MANDATES needs the
// text to say the resolution requests, establishes or tasks the target; these verbs say someone else does:
// - a reported request, its agent named after the verb: "Notes that, as requested by the Economic and Social
//   Council in its resolution 2023/3, the Commission … will organize …" (A/RES/78/132 ¶54: the request is
//   the Council's, not this resolution's; "… has been requested by … resolution 2023/3 to …" is
//   mandates-requested-by.ts's, which ties the agent to the instrument);
// - a page's own plans in the future passive: "Representatives of … (… paragraph 9 of General Assembly
//   resolution 75/282, is available in Annex I …) will be invited to the meeting" (a UNODC page, u101).
// Kept: the past passive right after the resolution is named, "In GA resolution 73/266, the
// Secretary-General was requested to establish …", and the resolution's own "Decides that … shall be invited".

// "as requested", "as decided", "as mandated": the request is reported, its author named next.
const AS = /\bas\s+(?:(?:also|further|previously|earlier)\s+)?$/i;
// The verb's agent follows: "requested by", "invited by"; "decided by consensus" is still the verb's subject's.
const BY = /^\s*by\s+(?!consensus|acclamation|(?:a\s+)?(?:recorded\s+)?vote)/i;
// The future or modal passive: "will be invited", "would be requested", "may also be invited".
const FUTURE = /\b(?:will|shall|would|may|might|could|can)\s+(?:(?:also|further|then)\s+)?be\s+$/i;

/** A request verb at `at` (its match `verb`) that the resolution before it does not make: reported or by an agent after it. */
export function reportedRequest(text: string, at: number, verb: string): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return AS.test(before) || BY.test(text.slice(at + verb.trimEnd().length, at + verb.length + 6));
}

/** A request verb at `at` in the future or modal passive: a plan announced, not a resolution's request. */
export function futurePassive(text: string, at: number): boolean {
  return FUTURE.test(text.slice(Math.max(0, at - 30), at));
}
