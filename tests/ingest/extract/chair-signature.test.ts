// A letter signed by a chair: "Sincerely yours," / "Peter Major" / "Chair of WGEC" (the CSTD notice of the
// WGEC's second meeting): CHAIRED the group the post line names whole (rules/chair-signature.ts). Invented
// names.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const LETTER = (signature: string) =>
  `Following the first meeting of the Working Group on Example Matters (WGEM) which was held on 30-31 May 2096 in Geneva, a questionnaire was adopted.\n\nSincerely yours,\n\n${signature}\n`;
const WG = 'workinggroup:wgem-2096-2096';

const CASES: [signature: string, want: string[]][] = [
  ['Jane Example\nChair of WGEM', [`CHAIRED person:jane-example ${WG}`]],
  ['Jane Example\nVice-Chair of the Working Group on Example Matters', [`CHAIRED person:jane-example ${WG}`]],
  // The post line goes on past the group: left to the affiliation chains.
  ['Jane Example\nChair of WGEM and Ambassador of Examplia', []],
  // Not the line under the name.
  ['Jane Example\nGeneva\nChair of WGEM', []],
  // No chair's post.
  ['Jane Example\nMember of WGEM', []],
];

describe("a chair's signature", () => {
  it.each(CASES)('%s', (signature, want) => {
    expect(personFacts(LETTER(signature)).filter((f) => f.startsWith('CHAIRED'))).toEqual(want);
  });
});
