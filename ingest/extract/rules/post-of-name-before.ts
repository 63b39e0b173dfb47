// A post written after a name belongs to that name, not to the one written after the post's body. Beside
// "Mr. X, Chair of the Y, Ms. Z" (chair-titles.ts, post-apposition.ts), two forms a web page gives when it
// sets each speaker's name and posts in two blocks and the space between them is lost: the post glued to the
// name, or a second post joined to a first one by "&" or "and" ("Speakers included Mr. Houlin
// ZhaoSecretary-General of ITU & Co-Vice Chair of the Broadband Commission, H.E. Ms. Paula Ingabire…", a
// Broadband Commission briefing page): the Co-Vice Chair is Houlin Zhao, not Paula Ingabire.

// `between`: the text from the end of the name to the start of the post; a chair rule's post may start
// after a "Co-" ("Co-Vice Chair" is read from "Vice Chair").
const COMMA_FIRST =
  /^\s*,\s*(?:the\s+)?(?:[^,;()\n]{1,80}?(?:\s*\([A-Z][\w-]{1,10}\))?\s+(?:and|&)\s+(?:the\s+)?)?(?:[Cc]o-)?$/;
// Glued: the name ends right on the post's capital, or one space before it; a first post may come between.
const GLUED_FIRST = /^[^\S\n]?(?:\p{Lu}[^,;()\n]{0,80}?\s+(?:and|&)\s+(?:the\s+)?)?(?:[Cc]o-)?$/u;

/** Whether the post after `between` is the post of the name before it. */
export function postOfNameBefore(between: string): boolean {
  return COMMA_FIRST.test(between) || GLUED_FIRST.test(between);
}
