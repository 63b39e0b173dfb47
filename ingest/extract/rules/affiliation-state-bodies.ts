// A State's own ministry or department, named without its State and followed by it: "Carol Roach,
// Under-Secretary, Ministry of Economic Affairs, Government of the Bahamas" (an IGF session's speaker
// list), "Director, Ministry of Communications, Brazil". Every State has a "Ministry of Economic
// Affairs": a body of that bare name would join the ministries of every State into one node. The person
// is affiliated with the State, and the ministry stays in the title ("Under-Secretary, Ministry of
// Economic Affairs"). A ministry named with its State ("Ministry of Communications of Brazil") is a body.

import type { AffiliationPart } from './affiliation.ts';

const STATE_BODY =
  /^(?:the\s+)?(?:Federal\s+)?(?:Ministry|Department|Directorate(?:-General)?|State\s+Secretariat)\s+(?:of|for)\s+(?!.*\bof\s+(?:the\s+)?\p{Lu}\p{Ll}+$)/u;

/** The chain with each unknown State body that its State follows turned into a title. */
export function stateBodiesAsTitles(chain: readonly AffiliationPart[]): readonly AffiliationPart[] {
  return chain.map((c, i) =>
    c.kind === 'org' && !c.entry && STATE_BODY.test(c.text) && chain[i + 1]?.kind === 'country'
      ? { ...c, kind: 'title' as const }
      : c,
  );
}
