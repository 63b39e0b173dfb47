// A body's name read inside a gathering's name is that gathering, not a body taking part in it: "to greet
// the participants of the WSIS Forum 2018" (a CSTD Vice-Chair's statement to the WSIS Forum) names the
// Forum's participants, and "WSIS Forum" there is no delegation that spoke at it.

import type { DocContext, Mention } from '../context.ts';
import { mentionsOverlapping } from '../mention-queries.ts';

/** Whether a longer Meeting mention covers `m` (the body's name is the head of the meeting's). */
export function insideMeetingName(ctx: DocContext, m: Mention): boolean {
  return mentionsOverlapping(ctx, m.start, m.end).some(
    (x) => x.type === 'Meeting' && x.start <= m.start && x.end >= m.end && x.end - x.start > m.end - m.start,
  );
}
