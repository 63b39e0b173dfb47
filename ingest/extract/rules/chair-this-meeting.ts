// "Chair of this session" (or "of the present meeting", "of this panel") names no body: it is the meeting
// the passage reports on (current-meeting.ts), as in "Your Excellency, Mr. Muhammadou M.O. Kah, Permanent
// Representative of the Gambia and Chair of this session" under the heading "Commission on Science and
// Technology for Development, 2024-2025 Inter-sessional Panel". With no such meeting known, nothing.

import type { Passage } from '../../types.ts';
import type { DocContext, Mention } from '../context.ts';
import { currentMeeting } from './current-meeting.ts';

const THIS = /^(?:this|the\s+present)\s+(?:session|meeting|panel|conference|forum|workshop)\b/i;

/** The passage's meeting as the body of a chair title whose words at `at` are "this session", or none. */
export function thisMeeting(ctx: DocContext, p: Passage, at: number): Mention | undefined {
  const m = THIS.exec(ctx.doc.text.slice(at, at + 30));
  if (!m) return undefined;
  const id = currentMeeting(ctx, p);
  if (!id) return undefined;
  return { id, type: 'Meeting', name: m[0], start: at, end: at + m[0].length, surface: m[0], passage: p };
}
