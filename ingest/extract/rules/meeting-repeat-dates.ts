// The same name again later in a document is the same gathering (meetings-named.ts), unless a date of its
// own follows it that is not the gathering's: the report of the Tunis phase (WSIS-05/TUNIS/DOC/9) names the
// "World Summit on the Information Society, Tunis, Kram Palexpo, 16-18 November 2005", then quotes the
// Tunis Commitment's "the Geneva Declaration … adopted at the first phase of the World Summit on the
// Information Society in Geneva in December 2003": another gathering, which gave the Tunis summit the city
// of Geneva.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { dateAfter } from './meeting-dates.ts';

/** Whether a date after `end` (in its sentence) tells another time than `date` ("2003-12" for "2005-11-16"). */
export function otherDateAfter(
  ctx: DocContext,
  p: Passage,
  end: number,
  date: { start: string } | undefined,
): boolean {
  if (!date) return false;
  const own = dateAfter(ctx, p, end, Number.POSITIVE_INFINITY, false);
  if (!own) return false;
  const [a, b] = [own.start, date.start];
  return !(a.startsWith(b) || b.startsWith(a));
}
