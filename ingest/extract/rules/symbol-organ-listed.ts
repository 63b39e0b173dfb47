// A bare "resolutions" going on from the Human Rights Council's list in the same clause: "as well as Human
// Rights Council resolutions 28/16 of 26 March 2015, … and 42/15 of 26 September 2019 on the right to
// privacy in the digital age and resolutions 32/13 of 1 July 2016 and 38/7 of 5 July 2018 on the promotion,
// protection and enjoyment of human rights on the Internet" (A/RES/75/176, preamble): the second group is
// the Council's too (A/HRC/RES/32/13), not the Assembly's A/RES/32/13 of 1977. Only when no other organ,
// "its" or "their" comes between, and never over a clause's end (";" or a full stop).
// A mandate page dates each renewal with its resolution in brackets: "renewed … in March 2011 (HRC resolution
// 16/4), March 2014 (resolution 25/2) and again in March 2020 (resolution 43/4)" (OHCHR, a Special Rapporteur's
// mandate): the bracketed bare numbers after the Council's are its own too. And the Council as the subject
// of the clause the bracket closes: "the Human Rights Council decided to extend the mandate for another three
// years in March 2008 (resolution 7/36)".
// A Council resolution writes its own name short, "Council resolutions 20/8 of 5 July 2012 and 26/13 of 26 June
// 2014, on the promotion … on the Internet, and resolutions 12/16 of 2 October 2009, on freedom of opinion …"
// (A/HRC/RES/32/13, preamble): the bare "Council" numbered by session is the Human Rights Council there too
// (symbol-other-organs.ts), so the list going on from it is. And "all other relevant resolutions of the
// Council, in particular resolutions 33/2 of 29 September 2016 on the safety of journalists" (A/HRC/RES/34/7)
// names the Council's own. Numbers by session only: ECOSOC's "Council resolution 2006/46" numbers by year.

const COUNCIL_LIST =
  /\b(?:Human\s+Rights\s+)?Council\s+(?:resolutions?|decisions?)\s+\d{1,2}\/\d{1,3}\b([^;.]{0,400}?)\band\s+(?:also\s+)?$/;
const OF_THE_COUNCIL =
  /\b(?:resolutions|decisions)\s+of\s+the\s+(?:Human\s+Rights\s+)?Council()\s*,?\s+(?:in\s+particular|including|notably)\s+$/;
// The number after the bare "resolutions": by session ("33/2"), not by year ("2006/46").
const BY_SESSION = /^(?:resolutions?|decisions?)\s+\d{1,2}\//i;
const COUNCIL_BRACKETS =
  /\b(?:Human\s+Rights\s+Council|(?:UN)?HRC)\s+(?:resolutions?|decisions?)\s+\d{1,2}\/\d{1,3}\)([^;.]{0,300}?)\(\s*$/;
const COUNCIL_SUBJECT =
  /\bthe\s+(?:Human\s+Rights\s+Council|(?:UN)?HRC)\s+(?:decided|extended|renewed|established|created|adopted)\b([^;.()]{0,200}?)\(\s*$/;
const OTHER =
  /\b(?:General Assembly|Assembly|Economic and Social|Commission|Committee|its|their|Recalling)\b/i;

/** 'A/HRC' when the bare "resolutions" at `index` goes on from the Council's list before it, else undefined. */
export function councilListedBefore(text: string, index: number): 'A/HRC' | undefined {
  const before = text.slice(Math.max(0, index - 500), index);
  if (!BY_SESSION.test(text.slice(index, index + 20))) return undefined;
  const m =
    COUNCIL_LIST.exec(before) ??
    OF_THE_COUNCIL.exec(before) ??
    COUNCIL_BRACKETS.exec(before) ??
    COUNCIL_SUBJECT.exec(before);
  return m && !OTHER.test(m[1]!) ? 'A/HRC' : undefined;
}
