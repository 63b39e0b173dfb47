// The second agent of "opened by": "The event was opened by Secretary-General A B and Chancellor C D" (a UN
// DESA page on an IGF annual meeting), "moderated by Ms. A and Mr. B". speakers.ts reads the verb right
// before a name; the name after "and" has the first agent between it and the verb. The words between "by"
// and "and" must all be capitalised (a post and a name: the first agent and nothing else), and only a post
// in capitals may stand between "and" and the second name.

// The verbs of speakers.ts's INLINE_BEFORE that name who spoke; "chaired" is left to the chair rules.
const COORDINATED = new RegExp(
  String.raw`\b(opened|moderated|presented|introduced|delivered)\s+by\s+` +
    String.raw`(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]+){1,6}and[^\S\n]+(?:[\p{Lu}][\p{L}-]*[^\S\n]+){0,3}$`,
  'u',
);

/** The verb of "<verb> by <first agent> and" right before a name (`before`: the text before it), or undefined. */
export function coordinatedAgentVerb(before: string): string | undefined {
  // The verb and "and" are both needed: most names are passed over without a regex pass.
  if (!before.includes(' by ') || !/\band\s+(?:\S+\s+){0,3}$/.test(before)) return undefined;
  return COORDINATED.exec(before)?.[1];
}
