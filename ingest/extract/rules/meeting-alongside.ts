// A gathering named after "back-to-back with", "in conjunction with", "on the margins of" is the one
// another was held beside, and the date after its name is the other's: "the Workshop on Applying a Gender
// Lens to Science, Technology and Innovation, that was held back-to-back with the CSTD Inter-sessional
// Panel on 18 January 2019" (a CSTD note to the HLPF; the Panel met 15 to 17 January) dates the Workshop.

const ALONGSIDE =
  /\b(?:back[- ]to[- ]back\s+with|in\s+conjunction\s+with|on\s+the\s+(?:margins?|sidelines?|fringes?)\s+of|alongside)\s+(?:the\s+)?$/i;

/** Whether the words right before `at` say the gathering named there is the one another was held beside. */
export function heldBeside(text: string, at: number): boolean {
  return ALONGSIDE.test(text.slice(Math.max(0, at - 60), at));
}
