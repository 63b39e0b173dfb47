// The General Assembly's regular sessions are numbered from 1946 and each opens in September of its year (the
// sixty-ninth in September 2014, running to September 2015). A date read near a mention of a session is that
// session's opening only when it falls then: "appointed by Sam K. Kutesa, President of the 69th Session of the
// General Assembly on 1 June 2015" (a UNESCO page on WSIS+10) dates the appointment, and "At its fifty-sixth
// session, in 2002, …" (a Second Committee summary) the decision taken in the session's second year. Any other
// date gives way to the session's year, which its number makes certain (1945 + n, as a Council resolution's
// number gives its year, symbol-council-day.ts): the session stays dated (a Meeting is a dated gathering) and
// keeps its node, only no day or month is claimed.

import { assemblySessionYear } from '../parse/assembly-session.ts';
import type { MeetingDate } from './meeting-dates.ts';

const ASSEMBLY_SESSION = /^meeting:general-assembly-(\d{1,3})$/;

/** The date kept for meeting `id`: a General Assembly session's when it is its opening year and month, else its year. */
export function assemblySessionDate(id: string, date: MeetingDate | undefined): MeetingDate | undefined {
  const n = ASSEMBLY_SESSION.exec(id)?.[1];
  if (!date || !n || Number(n) < 2) return date;
  const year = String(assemblySessionYear(Number(n)));
  const [y, m] = date.start.split('-');
  return y === year && (m === undefined || m === '09') ? date : { start: year };
}
