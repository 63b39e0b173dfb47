// A post written after the possessive of the body it is held in, one link of a name's affiliation chain
// (UNESCO news of IFAP Bureau meetings): "The meeting was opened by Mr X, UNESCO’s Deputy Director General
// with responsibility for the … Sector" is AFFILIATED_WITH UNESCO, titled by the words after the "'s"; no body
// named "UNDP’s Administrator" or "UNESCO’s focal point for …" (rules/affiliation-possessive.ts). Sentences are
// invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`),
    ...g.nodes.filter((n) => n.type === 'Organization' && /['’]s\b/.test(n.name)).map((n) => n.id),
  ].sort();
};

describe('a possessive post after the name', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The meeting was opened by Mr John Example, UNESCO’s Deputy Director General with responsibility for the Sector.',
      ['person:john-example organization:unesco Deputy Director General with responsibility for the Sector'],
    ],
    [
      'It was opened by Dr Ann Example, UNDP’s Administrator.',
      ['person:ann-example organization:undp Administrator'],
    ],
    [
      'The meeting was opened by Mr John Example, UNESCO’s focal point for the Programme.',
      ['person:john-example organization:unesco focal point for the Programme'],
    ],
    [
      "The session heard Ms. Jane Sample, ITU's Secretary-General, on the results.",
      ['person:jane-sample organization:itu Secretary-General'],
    ],
    // A body the gazetteer names whole with the possessive stays that body.
    [
      'Your Excellency, Ambassador Jan Example, Secretary General’s Envoy on Technology, dear colleagues.',
      ['organization:tech-envoy', 'person:jan-example organization:tech-envoy '],
    ],
    // A State's post is no agency's (people-possessive-posts.ts reads the post-first form).
    ["The meeting heard Mr John Example, France's Ambassador.", []],
    // A body the gazetteer does not know: no body named by the possessive either.
    ['The meeting was opened by Mr John Example, Examplecorp’s Director of Research.', []],
    // No comma between the name and the body: not an apposition.
    ['Mr John Example thanked UNESCO’s Director-General for the invitation.', []],
  ];
  it.each(CASES)('%s', (text, want) => {
    expect(affiliations(text)).toEqual(want);
  });
});
