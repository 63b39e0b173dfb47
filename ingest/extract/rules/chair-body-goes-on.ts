// A chair's body named by a longer name than the gazetteer's: "Vice-Chair of United Nations Sample Board at its
// 19th session" (as an ECOSOC roundtable's list of statements names the Forum on Forests) chairs that board,
// not the United Nations its name opens with. The words after the known name go on with a body's head noun,
// maybe after a few capitalised words; the chair is then left out rather than given to the wrong body
// (rules/chair-titles.ts), or given to the whole name where the chain after a name reads it
// (rules/affiliation-claims.ts).

const HEAD_NOUN =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Forum|Commission|Committee|Council|Office|Department|Programme|Program|Fund|Agency|Organi[sz]ation|Panel|Board|Conference|Assembly|Institute|Network|Centre|Center|Bureau|Division|Unit|Group|Platform|Alliance|Coalition|Authority)\b/u;

/** Whether `after` (the text right after a known body's name) goes on with more of a body's name. */
export const bodyGoesOn = (after: string): boolean => HEAD_NOUN.test(after);
