// The kind of a body the gazetteer does not know, from the words of its name (MODEL.md Organization
// "kind"), for bodies named in a chain of posts after a person (rules/affiliation-claims.ts).

import type { AffiliationPart } from './affiliation.ts';

/** The kind a body's name suggests; a unit of a UN body in the same chain is a UN body. */
export function guessKind(name: string, chain: readonly AffiliationPart[]): string {
  if (/\b(University|School|College|Institute|Academy|Lab|Laboratory|Research)\b/.test(name))
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
  if (/\b(Division|Section|Department|Directorate|Office|Secretariat|Unit|Branch)\b/.test(name))
    return chain.some((c) => c.entry?.kind === 'un-body') ? 'un-body' : 'other';
  return 'civil-society';
}
