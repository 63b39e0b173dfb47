// An organ named as the publisher of the Official Records is a series, not a body acting in the text: the
// cover of a functional commission's report reads "Commission on Science and Technology for Development /
// Report on the tenth session (21-25 May 2007) / Economic and Social Council Official Records, 2007 /
// Supplement No. 11" (E/2007/31; document-sharing sites run the lines into one), and the session is the
// Commission's, not a "Tenth session of the Economic and Social Council". The organ holds only a session its
// records' own line names ("General Assembly Official Records, Seventieth Session, Supplement No. 49";
// "Official Records of the General Assembly, Sixty-first Session"), right after it and a comma.

import type { DocContext, Mention } from '../context.ts';

// "Economic and Social Council Official Records" (also run together by a PDF copy: "CouncilOfficial Records").
const RECORDS_AFTER = /^\s*Official\s+Records\b/;
// "Official Records of the Economic and Social Council".
const RECORDS_BEFORE = /\bOfficial\s+Records\s+of\s+(?:the\s+)?$/;
// From the organ's end to the session's ordinal: its records' words, a year, a comma.
const OWN_SESSION = /^(?:\s*Official\s+Records)?,?\s*(?:\d{4},?\s*)?$/;

/** Whether `m` names an Official Records series that does not hold the session whose ordinal starts at `at`. */
export function recordsSeries(ctx: DocContext, m: Mention, at: number): boolean {
  const text = ctx.doc.text;
  const series =
    RECORDS_AFTER.test(text.slice(m.end, m.end + 20)) ||
    RECORDS_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
  if (!series) return false;
  return !(at >= m.end && OWN_SESSION.test(text.slice(m.end, at)));
}
