// A chair or speaker announced for later (q114): "The meeting will be chaired by Félix Sanz, … and Ambassador
// Fodé Seck (Senegal)" (a What's In Blue preview of a Security Council Arria-formula meeting, u69) says who is
// to preside, not that anyone took the floor; speakers.ts's "<verb> by <name>" made Mr. Sanz a speaker with role
// moderator. Whether he chaired is the chair rules' (chaired-by.ts: the planned chair is a CHAIRED fact of the
// meeting); the SPOKE_AT is left out for every future or planned passive: "will be chaired by", "is to be opened
// by", "is expected to be co-chaired by", "shall be moderated by", "would be presented by".

// The modal or "to" before "be", with an optional adverb or "continue to", ending where the verb begins.
const PLANNED =
  /\b(?:will|shall|would|to)\s+(?:(?:also|then|again|jointly)\s+)?(?:continue\s+to\s+)?be\s+(?:(?:jointly|also)\s+)?(?:co-)?$/i;

/** Whether the words before a "<verb> by" (`before`, ending where the verb begins) make the act a planned one. */
export function plannedAct(before: string): boolean {
  return PLANNED.test(before);
}
