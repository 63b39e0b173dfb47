// A bare resolution number with its day ("resolution 46/16 of 23 March 2021") is read as the General
// Assembly's (symbol-grammar.ts) when no organ is named with it. The Assembly and the Human Rights Council
// both number their texts by session, so the number alone does not tell them apart, but the day does: the
// Assembly's session n runs from September of 1945 + n to the next September (parse/assembly-session.ts),
// the Council's from 2006, three sessions a year. OHCHR's page on the Special Rapporteur on the right to
// privacy renews the mandate "under the same terms as its resolution 46/16 of 23 March 2021", the Council's
// A/HRC/RES/46/16 (the Assembly's 46/16 is of 1991); a Council resolution recalls "resolutions 12/16 of
// 2 October 2009, on freedom of opinion and expression" (A/HRC/RES/32/13, preamble). A day in the
// Assembly's session keeps the Assembly's number; one in the year of the Council's session (its texts are
// adopted within it) gives the Council's; one in neither is left as it was read (another organ numbering by
// session, UNEP's or UN-Habitat's governing councils, meets in other years than the Council's same number).

import { assemblySessionYear } from '../parse/assembly-session.ts';

/**
 * The year the Human Rights Council's regular session `n` met: the first three in 2006, then three a year
 * from the fourth (March 2007): the 20th in 2012, the 28th in 2015, the 46th in 2021.
 */
export function councilSessionYear(n: number): number {
  return n <= 3 ? 2006 : 2007 + Math.floor((n - 4) / 3);
}

/**
 * The organ prefix of a bare, dated number `num` ("46/16") read by default as the Assembly's: "A/HRC" when
 * the day falls in the year of the Council's session and not in the Assembly's session, else "A".
 */
export function organBySessionDate(num: string, adoptedOn: string | undefined): 'A' | 'A/HRC' {
  const year = adoptedOn ? Number(adoptedOn.slice(0, 4)) : Number.NaN;
  const session = Number(num.split('/')[0]);
  if (!Number.isFinite(year) || !(session > 0)) return 'A';
  const opened = assemblySessionYear(session);
  if (year >= opened && year <= opened + 1) return 'A';
  return year === councilSessionYear(session) ? 'A/HRC' : 'A';
}
