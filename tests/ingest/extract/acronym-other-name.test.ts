// A bracketed acronym the words before it spell is theirs, not a gazetteer body's with the same letters
// (rules/acronym-other-name.ts): a regional IGF report's "Durban International Convention Centre (ICC)" was
// read as the International Chamber of Commerce. And a name ending a hyphened place ("Port-of-Spain") is no
// Member State (rules/hyphened-acronym.ts). Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText, hasNode } from './helpers.ts';

const ACRONYMS: [text: string, id: string, found: boolean][] = [
  ['The forum met at the Example International Convention Centre (ICC), Durban.', 'organization:icc', false],
  ['The meeting took place at the Riverside Convention Centre (RCC) in May.', 'organization:icc', false],
  // The body's own name before its acronym, in another spelling too.
  ['The International Chamber of Commerce (ICC) spoke for business.', 'organization:icc', true],
  ['The Economic Commission for Africa (ECA) hosted the forum.', 'organization:eca', true],
  ['The International Telecommunications Union (ITU) sent a message.', 'organization:itu', true],
  ['Business was represented by the ICC.', 'organization:icc', true],
  ['Representatives of business (ICC) attended.', 'organization:icc', true],
];

describe('a bracketed acronym spelled by other words', () => {
  for (const [text, id, found] of ACRONYMS)
    it(text, () => expect(hasNode(extractText(text), id)).toBe(found));
});

const PLACES: [text: string, id: string, found: boolean][] = [
  [
    'The fourth meeting took place in Port-of-Spain (Trinidad and Tobago) in 2011.',
    'organization:spain',
    false,
  ],
  ['Earlier editions were held in Port-of-Spain and Quito.', 'organization:spain', false],
  ['The next forum will be hosted by Spain.', 'organization:spain', true],
  ['The EU-Japan dialogue on digital policy met in Tokyo.', 'organization:japan', true],
];

describe('a hyphened place name', () => {
  for (const [text, id, found] of PLACES) it(text, () => expect(hasNode(extractText(text), id)).toBe(found));
});
