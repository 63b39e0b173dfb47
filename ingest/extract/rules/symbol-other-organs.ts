// Which organ a numbered resolution ("resolution 32/13") belongs to when it is not the General Assembly's
// or the Economic and Social Council's: the organ named just before it, listed before it, or named after it.

import { organNamedAfter } from './symbol-organ-after.ts';
import { councilListedBefore } from './symbol-organ-listed.ts';

// Organs that number their own resolutions "session/number" or "year/number" too: "The Human Rights
// Council, in its resolution 32/13 of 1 July 2016" is A/HRC/RES/32/13, not the General Assembly's
// A/RES/32/13 of 1977 (a Secretary-General's report citing several organs). Another organ's number is
// not read as a General Assembly or Council symbol at all.
// ESCAP numbers its resolutions by session too, under the Council's symbol: "through ESCAP Resolution 71/10,
// ESCAP requested the Secretariat to establish an open-ended working group on the Asia-Pacific Information
// Superhighway" (an ESCAP event page) is E/ESCAP/RES/71/10, not the Assembly's A/RES/71/10.
// "HRC" and "UNHRC" are the Council's short names on OHCHR's mandate pages: "(HRC resolution 16/4)".
// The organ as the agent of an adoption is named before "of": "Welcoming the adoption by the Human Rights
// Council of resolution 26/13" (A/C.3/69/L.26/Rev.1, preamble) is A/HRC/RES/26/13.
// Or as the subject of "adopted": "On 23 March 2017, the Human Rights Council adopted resolution 34/7 on …"
// (OHCHR calls for input on the right to privacy in the digital age) is A/HRC/RES/34/7, not A/RES/34/7.
// The Vienna commissions number by session too: "Recalling Commission on Crime Prevention and Criminal Justice
// resolution 22/8 of 26 April 2013" (A/RES/74/247, preamble) is the Commission's, not the Assembly's A/RES/22/8.
const OTHER_ORGAN =
  /\b(Human Rights Council|(?:UN)?HRC|Economic and Social Commission for Asia and the Pacific|(?:UN-?)?ESCAP|Commission on Human Rights|Security Council|World Health Assembly|General Conference|Plenipotentiary Conference|Conference of the Parties|Executive Board|Governing Council|Commission on the Status of Women|Statistical Commission|Commission on Crime Prevention and Criminal Justice|CCPCJ|Commission on Narcotic Drugs|CND|Council of Europe)(?:\s*,\s*(?:in|by)\s+its|['’]s|\s+of|\s+(?:adopted|passed))?\s*$/;

/** The symbol prefix of the organ named just before a numbered resolution: 'A/HRC', 'E/ESCAP', null for another organ. */
export function otherOrgan(
  text: string,
  index: number,
  end: number,
  body: string,
  num: string,
): string | null | undefined {
  const o = OTHER_ORGAN.exec(text.slice(Math.max(0, index - 60), index) + body);
  // None before it: the one the clause goes on with, after a comma (symbol-organ-after.ts).
  if (!o && !body) return councilListedBefore(text, index) ?? organNamedAfter(text, end);
  // A bare "Council resolutions 20/8 of 5 July 2012, 26/13 …" (A/HRC/RES/38/7, preamble) numbered by
  // session is the Human Rights Council's: the Economic and Social Council numbers by year (2006/46), the
  // Security Council "1373 (2001)", ITU's Council "Resolution 1305" without a slash.
  if (!o) return /^council$/i.test(body) && !/^\d{4}\//.test(num) ? 'A/HRC' : undefined;
  if (/^(?:Human Rights Council|(?:UN)?HRC)$/.test(o[1]!)) return 'A/HRC';
  return /ESCAP$|Asia and the Pacific$/.test(o[1]!) ? 'E/ESCAP' : null;
}
