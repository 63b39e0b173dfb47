// A session a mandated meeting is only held beside (q114). MODEL.md MANDATES is for what the text tasks or sets
// up: "6. Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the
// margins of the high-level week of the eightieth session of the General Assembly" (A/RES/79/325) organises the
// informal meeting, and names the Assembly's eightieth session only as where it falls; the session was made a
// meeting the resolution MANDATES. A session named after "in/on the margins of", "on the sidelines of",
// "back to back with" or "alongside" (with a few words between: "the high-level week of the") is not mandated.

const BESIDE =
  /\b(?:(?:in|on)\s+the\s+margins?\s+of|on\s+the\s+sidelines?\s+of|back[- ]to[- ]back\s+with|alongside)\s+(?:[^\s.,;:()]+\s+){0,6}?$/i;

/** Whether the meeting named at `start` (in the sentence or paragraph from `from`) only locates another meeting. */
export function sessionBeside(text: string, from: number, start: number): boolean {
  return BESIDE.test(text.slice(Math.max(from, start - 90), start));
}
