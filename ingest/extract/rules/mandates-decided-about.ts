// A decision about something tasks no body named in what is decided of it (q114): "99. We decide that the
// Internet Governance Forum shall be made a permanent forum of the United Nations, with a continued secretariat
// hosted by the Department of Economic and Social Affairs …" (A/RES/80/173) made the United Nations a body the
// outcome MANDATES; "of the United Nations" only qualifies "forum". In "decide(s) that X shall …" what follows the
// modal is said of X (its form, its place, its work), so the bodies named there are not the ones addressed; X,
// before the modal, still may be ("Decides that the Commission shall …", mandates-operative.ts).

// "decide(s) that", the subject (no clause break), then the modal that opens what is decided of it.
const DECIDED_THAT = /^decides?\s+that\s+[^;:.]{0,200}?\b(?:shall|will|should|would|must|(?:is|are)\s+to)\b/i;

/**
 * Whether the name at `at` stands in what a "decide(s) that X shall …" paragraph decides of X, after the modal
 * (`verb`: where the operative verb begins).
 */
export function decidedAbout(text: string, verb: number, at: number): boolean {
  const m = DECIDED_THAT.exec(text.slice(verb, Math.max(verb, at)));
  return m !== null && verb + m[0].length <= at;
}
