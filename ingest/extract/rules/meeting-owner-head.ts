// A gathering named after a body whose name opens with its head noun and "of": "the twelfth session of the
// Organization of Islamic Cooperation Summit, held in Cairo from 2 to 7 February 2013" (a letter circulated as a
// UN document). The gathering's modifiers never take "of" (meeting-name-grammar.ts MOD), so the name read is
// "Islamic Cooperation Summit", words no one uses; the body's head and its "of" go back in front of it.

const OWNER_HEAD = /\b((?:Organi[sz]ation|League|Union|Community|Association)\s+of\s+(?:the\s+)?)$/;

/** The body's head and "of" right before a gathering's name at `at` in `text` ("Organization of "), else ''. */
export function ownerHead(text: string, at: number): string {
  return OWNER_HEAD.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
}
