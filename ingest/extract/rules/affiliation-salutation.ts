// Words that address the room, never a post or a body of the name before them. A speech's opening
// line runs the addressee's post into the salutation on the same line: ">> X: Mr. Y, Minister of
// Communication and Information Technology of the Government of Z, Distinguished Ministers,
// Excellencies, distinguished participants, …" (an IGF opening ceremony transcript): "Distinguished
// Ministers" is no title of Mr. Y and "Excellencies" no body he holds it in; a WSIS Forum statement's
// "Excellency, X, Chairman of the WSIS Forum, Honorable Ministers, Excellencies, …" likewise. Only
// plural or vocative forms: "Distinguished Fellow" or "Honourable Minister" can be a post.
export const INLINE_SALUTATION =
  /^(?:Excellenc(?:y|ies)\b|Your\s+Excellenc|(?:Distinguished|Esteemed|Dear|Honou?rable)\s+\p{L}+s\b|Ladies\s+and\s+[Gg]entlemen\b)/u;
