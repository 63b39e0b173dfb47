// Bodies a request names beside its addressee (rules/mandates.ts, mandates-operative.ts, q109). MODEL.md
// MANDATES is for the body the text tasks; a body it asks the addressee to work with is a partner, not tasked:
// "117. We request the Partnership on Measuring ICT for Development, in cooperation with action line
// facilitators and with the support of the Statistical Commission, to conduct a systematic review …" and
// "113. We request the action line facilitators, in coordination with the United Nations Group on the
// Information Society, to develop …" (A/RES/80/173) ask the Partnership and the facilitators, not the
// Statistical Commission or UNGIS. So for an apposition on the addressee's role: "67. We invite the
// International Telecommunication Union, as the secretariat of the United Nations Group on the Information
// Society, working with …, to establish an internal task force" asks ITU, not UNGIS.

// The phrases that open a partner or a role beside the addressee.
const PARTNER =
  /\b(?:in\s+(?:close\s+|full\s+)?(?:coordination|cooperation|collaboration|consultation|partnership|conjunction|liaison|association)\s+with|with\s+the\s+(?:support|assistance|help|involvement|cooperation|collaboration)\s+of|(?:together|jointly|working(?:\s+closely)?)\s+with|as\s+(?:the\s+)?(?:secretariat|host|chair|convener|coordinator|focal\s+point)\s+(?:of|for))\b/gi;
// Where the partners end and the task begins: ", to develop …" (the infinitive after the addressee's clause).
const TASK = /,\s*(?:and\s+)?to\s+[a-z]/;

/** Whether the name at `at` follows a partner phrase (PARTNER) after the request's verb at `from`, before the task. */
export function partnerAt(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  let last = -1;
  for (const m of before.matchAll(PARTNER)) last = m.index + m[0].length;
  if (last < 0) return false;
  const between = before.slice(last);
  return !TASK.test(between) && !/[.;]/.test(between);
}
