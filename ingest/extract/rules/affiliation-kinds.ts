// The kind of a body the gazetteer does not know, from the words of its name (MODEL.md Organization
// "kind"), for bodies named in a chain of posts after a person (rules/affiliation-claims.ts).

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { AffiliationPart } from './affiliation.ts';

const INFORMATION_SOCIETY = /\b(?:Information(?:\s+and\s+Knowledge)?|Knowledge)\s+Society\b/g;
const UNIT = /\b(Division|Section|Department|Directorate|Office|Secretariat|Unit|Branch|Bureau|Sector)\b/;

/**
 * The kind a body's name suggests; a unit of a UN body in the same chain, or named after one ("ITU
 * Telecommunication Development Bureau", `head`: the gazetteer entry opening the name), is a UN body. A name
 * that says nothing of its kind ("Microsoft", "Rejuvenation Team of …") is `other`: civil society is a claim
 * the words must make ("Foundation", "Association", "Initiative").
 */
export function guessKind(name: string, chain: readonly AffiliationPart[], head?: GazetteerEntry): string {
  if (/\b(University|School|College|Institute|Academy|Lab|Laboratory|Research)\b/.test(name))
    return 'technical-academic';
  // An Internet exchange or registry runs the network's infrastructure ("National Internet Exchange of India").
  if (/\b(Internet Exchange|Registry|Network Information Cent(?:re|er))\b/.test(name))
    return 'technical-academic';
  if (/\b(Associates|Ltd|Inc|Company|Corporation|LLC|GmbH|Consulting|Partners)\b/.test(name))
    return 'private-sector';
  // "Jack Ma, Executive Chairman of Alibaba Group" (A/74/821 press release): a company's group, not a
  // working, advisory or expert group.
  if (
    /\b(?:Group|Holdings|Technologies)$/.test(name) &&
    !/\b(?:Working|Advisory|Expert|Experts|Coordination|Contact|Steering|Study|Friends|Regional|Major|Stakeholder|Governmental)\b|\bof\b/.test(
      name,
    )
  )
    return 'private-sector';
  if (UNIT.test(name))
    return head?.kind === 'un-body' || chain.some((c) => c.entry?.kind === 'un-body') ? 'un-body' : 'other';
  // "the information society" a body works for is no society it is: "Hebert Paguas, Executive Director of the
  // Agency for E-Government and the Information and Knowledge Society (AGESIC) of Uruguay" (ECLAC news).
  if (
    /\b(Foundation|Association|Society|Initiative|Coalition|Alliance|Federation|Trust|Movement|Campaign)\b/.test(
      name.replace(INFORMATION_SOCIETY, ''),
    )
  )
    return 'civil-society';
  return 'other';
}
