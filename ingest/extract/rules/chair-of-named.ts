// The body a "Chair of …" post names: the words after its first "of" (the, this, that or a possessive
// before them), up to what the chair is for or since when ("… in Japan for IGF 2023", "Chair of Plenary
// from PC-1 (July 1-5 2002) to Geneva Summit", ITU's list of WSIS chairpersons). Only the first "of":
// "Ambassador of Tunisia and Chair of this Intergovernmental Group of Experts," (an UNCTAD statement's
// address line) chairs the Group, not a body "Experts" a later "of" would give.

// A second post joined by "and" ends the body's name: "Chair of NETmundial+10 and Coordinator of <a national
// Internet steering committee>" (a press release on a multistakeholder meeting) chairs NETmundial+10, not a
// body "NETmundial+10 and Coordinator of". Only a post's word before "of": "Chair of the Commission on Science
// and Technology for Development" goes on over its "and".
const AND_POST =
  '\\s+and\\s+(?:(?:Executive|General|Deputy|Vice|Senior|Chief|Co)[\\s-])?(?:Coordinator|Director|President|Secretary|Head|Member|Minister|Chair(?:man|person|woman)?|Founder|Convenor|Adviser|Advisor|Representative|Rapporteur|Dean|Professor|Ambassador|Commissioner|Manager|Officer)\\s+(?:of|to|at)\\b.*';
const NAMED = new RegExp(
  `^of\\s+(?:(?:the|this|that|its|our|their)\\s+)?(\\p{Lu}.+?)(?:\\s+(?:for|from)\\s+.*|${AND_POST})?$`,
  'u',
);

/** The match of the chaired body's words (group 1), its index in `text`; null when none is named. */
export function chairOfNamed(text: string): RegExpExecArray | null {
  const of = /\bof\s+/.exec(text);
  if (!of) return null;
  const m = NAMED.exec(text.slice(of.index));
  if (m) m.index = of.index;
  return m;
}
