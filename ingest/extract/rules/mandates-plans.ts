// A later session a resolution only plans for (rules/mandates.ts, mandates-operative.ts, q109). MODEL.md MANDATES
// is for what the text requests, establishes or tasks; a body's plan for its own later session tasks no one:
// "12. Decides that the continuation of the terms of reference of the Panel and the Dialogue may be considered
// and decided upon by the General Assembly during the high-level review of the Global Digital Compact at its
// eighty-second session" (A/RES/79/325) and "5. Also decides to include in the provisional agenda of its
// eightieth session the item entitled …" (A/RES/79/237) mandate neither session. A request that a session
// receive something stays: "to report to the Commission at its thirtieth session" (the addressee is tasked
// to report to it; mandates-own-session.ts keeps it from being ESTABLISHED).

// The session named as "its <ordinal> session" (the resolution's body's own, or its addressee's).
const ITS_BEFORE = /\b(?:at|of|during|in|for|to)\s+its\s+$/i;
const ITS_SURFACE = /^its\s/i;
// What is planned for it: a permissive passive ("may be considered", "could be reviewed"), or, where the body
// decides for itself, its own consideration or agenda ("Decides to consider the question at its …", "to include
// in the provisional agenda of its …"); "Requests the Commission to consider … at its …" asks the Commission.
const MAY =
  /\b(?:may|might|could)\s+(?:also\s+|further\s+)?be\s+(?:considered|decided|reviewed|discussed|examined|taken\s+up)\b[^.;]*$/i;
const OWN_PLAN =
  /\bdecide[sd]?\s+(?:also\s+|further\s+)?to\s+(?:consider|continue\s+(?:its\s+)?consideration\s+of|take\s+up|include\s+in\s+the\s+(?:provisional\s+)?agenda\s+of)\b[^.;]*$/i;

/** Whether the session named at `start`–`end` (in the sentence or paragraph from `from`) is only one the text plans for. */
export function plannedSession(text: string, from: number, start: number, end: number): boolean {
  if (
    !ITS_SURFACE.test(text.slice(start, end)) &&
    !ITS_BEFORE.test(text.slice(Math.max(from, start - 16), start))
  )
    return false;
  const clause = text.slice(from, start);
  return MAY.test(clause) || OWN_PLAN.test(clause);
}

// The agent of a permissive passive ("may be considered and decided upon by the General Assembly") is not
// asked to do it; it may.
const MAY_AGENT =
  /\b(?:may|might|could)\s+(?:also\s+|further\s+)?be\s+\w+ed(?:\s+(?:and|or)\s+\w+ed)?(?:\s+upon)?\s+by\s+(?:the\s+)?$/i;

/** Whether the body named at `start` is the agent of a permissive passive ("may be considered by the …"). */
export function permissiveAgent(text: string, from: number, start: number): boolean {
  return MAY_AGENT.test(text.slice(Math.max(from, start - 80), start));
}
