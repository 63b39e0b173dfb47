// Posts that are not bodies (rules/affiliation-parts.ts): a Head of State or
// Government's post ("Ms. X, Federal Chancellor of Germany", an IGF opening)
// is a title held for the State, not a body "Federal Chancellor of Germany";
// "Mr. Y, MAG member from Poland" names a membership, not a body "MAG member
// from Poland". Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) => {
  const g = extractText(text);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return {
    edges: g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${name.get(e.from)} -> ${name.get(e.to)} ${String(e.properties.title ?? '')}`.trim()),
    orgs: g.nodes.filter((n) => n.type === 'Organization').map((n) => n.name),
  };
};

const CASES: [text: string, want: string[], notOrg: string[]][] = [
  [
    'The Forum was opened by Ms. Ana Example, Federal Chancellor of Germany, and by Mr. Tom Example.',
    ['Ana Example -> Germany Federal Chancellor'],
    ['Federal Chancellor of Germany'],
  ],
  [
    'The session was opened by Mr. Tom Example, Mayor of Geneva City Council.',
    [],
    ['Mayor of Geneva City Council'],
  ],
  [
    'The session was co-moderated by Ms. Ana Example, IGF Secretariat, and Mr. Tom Example, MAG member from Poland.',
    ['Ana Example -> IGF Secretariat'],
    ['MAG member from Poland'],
  ],
  [
    'Ms. Ana Example, Director, Division on Technology and Logistics, UNCTAD, opened the meeting.',
    ['Ana Example -> UNCTAD Director, Division on Technology and Logistics'],
    [],
  ],
  // A State in its long form (letters of the President of the General Assembly, DESA's process pages): the post
  // ends before "the Republic of", not inside the State's name.
  [
    'The President appointed H.E. Mr. Tom Example, Permanent Representative of the Republic of Kenya, and H.E. Ms. Ana Example, Permanent Representative of the Kingdom of Morocco, as co-facilitators.',
    ['Tom Example -> Kenya Permanent Representative', 'Ana Example -> Morocco Permanent Representative'],
    [],
  ],
  [
    'Mr. Tom Example, Minister of Foreign Affairs of the Republic of Kenya, opened the session.',
    ['Tom Example -> Kenya Minister of Foreign Affairs'],
    [],
  ],
  // A post in lower case after a State's short name, and a diplomatic title (a 2005 news report on the WSIS
  // Tunis phase; a CCW page naming a Group's chair): no body of their name; a body after a title still is one.
  [
    'Ambassador Tom Example, the US coordinator for international communications and information policy, outlined the position.',
    [],
    ['US coordinator for international communications and information policy'],
  ],
  [
    'The Group will be chaired by Mr. Tom Example, Minister Counsellor, Chargé d’affaires a.i.',
    [],
    ['Chargé d’affaires a.i', 'Chargé d’affaires a.i.'],
  ],
  [
    'Ms. Ana Example, Director, Example Society, opened the meeting.',
    ['Ana Example -> Example Society Director'],
    [],
  ],
];

describe('posts of a State and memberships are not bodies', () => {
  it.each(CASES)('%s', (text, want, notOrg) => {
    const got = affiliations(text);
    for (const w of want) expect(got.edges).toContain(w);
    for (const n of notOrg) expect(got.orgs).not.toContain(n);
    expect(got.edges.filter((e) => / of the (?:Republic|Kingdom)$/.test(e))).toEqual([]);
  });
});
