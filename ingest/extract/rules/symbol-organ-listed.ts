// A bare "resolutions" going on from the Human Rights Council's list in the same clause: "as well as Human
// Rights Council resolutions 28/16 of 26 March 2015, … and 42/15 of 26 September 2019 on the right to
// privacy in the digital age and resolutions 32/13 of 1 July 2016 and 38/7 of 5 July 2018 on the promotion,
// protection and enjoyment of human rights on the Internet" (A/RES/75/176, preamble): the second group is
// the Council's too (A/HRC/RES/32/13), not the Assembly's A/RES/32/13 of 1977. Only when no other organ,
// "its" or "their" comes between, and never over a clause's end (";" or a full stop).

const COUNCIL_LIST =
  /\bHuman\s+Rights\s+Council\s+(?:resolutions?|decisions?)\s+\d{1,2}\/\d{1,3}\b([^;.]{0,400}?)\band\s+(?:also\s+)?$/;
const OTHER =
  /\b(?:General Assembly|Assembly|Economic and Social|Commission|Committee|its|their|Recalling)\b/i;

/** 'A/HRC' when the bare "resolutions" at `index` goes on from the Council's list before it, else undefined. */
export function councilListedBefore(text: string, index: number): 'A/HRC' | undefined {
  const m = COUNCIL_LIST.exec(text.slice(Math.max(0, index - 500), index));
  return m && !OTHER.test(m[1]!) ? 'A/HRC' : undefined;
}
