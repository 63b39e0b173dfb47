// Organisations named by their form (rules/org-names.ts), as national IGFs' news items write them: a named
// head after "<Capitalised> for" ends a longer name ("Creative Technology for Development Initiative (CTDI)"
// is no "Development Initiative"), and a centre a meeting is held at, with its place after a comma, is the
// meeting's building, not a body. Sentences are invented in the style of national IGF announcements.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const orgs = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.name);

const CASES: [text: string, want: string[], not: RegExp][] = [
  // The whole name is read from its acronym's initials (org-acronym-names.ts); without one, none.
  [
    'The group includes Open Data for Growth Initiative (ODGI) and two ministries.',
    ['Open Data for Growth Initiative'],
    /^Growth Initiative/,
  ],
  ['The group includes Open Data for Growth Initiative and two ministries.', [], /Growth Initiative/],
  ['The forum was convened at Marina Center, Accra by the organisers.', [], /Marina Center/],
  ['The forum is scheduled to hold at LAGOS Centre, Onikan Lagos on 9 June.', [], /Centre/],
  ['Stakeholders met at the Harbour Centre, Nairobi for two days.', [], /Centre/],
  // Positive: the head alone, a post of its holder before "of", a centre not held at, or no place after.
  ['The group includes the Rita Example Foundation and two ministries.', ['Rita Example Foundation'], /^$/],
  ['Ms. Ann Example, Director of Paradigm Initiative, spoke.', ['Paradigm Initiative'], /^$/],
  ['She works at Example Research Center, Lagos since 2010.', ['Example Research Center'], /^$/],
  [
    'The forum was held at the Center for Strategic and International Studies, Washington.',
    ['Center for Strategic and International Studies'],
    /^$/,
  ],
  ['The forum was held at Marina Center in Accra.', ['Marina Center'], /^$/],
];

describe('named heads of longer names, and centres meetings are held at', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = orgs(text);
    for (const w of want) expect(got).toContain(w);
    expect(got.filter((n) => not.test(n))).toEqual([]);
  });
});
