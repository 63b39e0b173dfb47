// Which process an operative paragraph mandates (rules/mandates.ts operative): one it asks to convene,
// hold, establish, extend or renew: "72. We ask the UN Secretary-General … to convene … a meeting of the
// new forum …, called the Internet Governance Forum (IGF)" (Tunis Agenda). Not a process the addressees
// only work towards: "Invites the International Telecommunication Union and UNESCO to continue to
// contribute to the implementation of the outcomes of the World Summit on the Information Society"
// mandates ITU and UNESCO, not the Summit. A process is set up by being initiated too: "We decide to initiate a
// Global Dialogue on AI Governance …" (the Global Digital Compact, annexed to the Pact for the Future, A/RES/79/1).

const SET_UP =
  /\b(?:convene|convening|hold|holding|establish|establishing|organi[sz]e|launch|initiate|initiating|extend|extends|renew|renews|start|create|set up|continue the work of)\b/gi;
// Words that make the process the field of the work asked for, not what is set up.
const FIELD =
  /\b(?:implementation|outcomes?|follow-up|contribut\w*|in accordance with|pursuant to|in the context of|with regard to|relevant to|on the)\b/i;

// Or the process as the subject of a passive set-up: "Decides that the Internet Governance Forum shall
// continue to be convened annually" (a General Assembly resolution on ICT for development).
const SET_UP_AFTER =
  /^[^.;,]{0,40}?\b(?:be|been|is|are)\s+(?:convened|held|established|extended|renewed|organi[sz]ed|launched|initiated)\b/i;

/**
 * Whether the process named at `at`–`end` in `text` (the paragraph starting at `from`) is what the
 * paragraph sets up.
 */
export function processMandated(text: string, from: number, at: number, end: number): boolean {
  if (SET_UP_AFTER.test(text.slice(end, end + 80))) return true;
  const before = text.slice(Math.max(from, at - 140), at);
  let last = -1;
  for (const m of before.matchAll(SET_UP)) last = m.index + m[0].length;
  return last >= 0 && !FIELD.test(before.slice(last));
}
