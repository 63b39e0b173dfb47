// A national or regional initiative named after the Internet Governance Forum is its own forum, not the
// Forum (rules/local-initiatives.ts): "The Ministry … announced the launch of the India Internet Governance
// Forum (IIGF) 2021" was read as a mention of the IGF. Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText, hasNode } from './helpers.ts';

const CASES: [text: string, igf: boolean][] = [
  ['The Ministry announced the launch of the India Internet Governance Forum 2021.', false],
  ['The Kenya IGF took place in Nairobi in July 2019.', false],
  ['The Youth IGF and the West African IGF presented their outcomes.', false],
  ['Ms. Jane Example, coordinator of the Armenian IGF, spoke.', false],
  ['The National IGF in Japan met in December.', false],
  // A region's name, or a heading's capitals (regional IGF communiqués).
  ['The Fourth Session of West Africa Internet Governance Forum was held in Lagos.', false],
  ['The 13th West Africa Internet Governance Forum was convened online.', false],
  ['7TH WEST AFRICAN INTERNET GOVERNANCE FORUM', false],
  ['THE ARAB INTERNET GOVERNANCE FORUM MET IN BEIRUT.', false],
  ['All States shall operate their national Internet Governance Forums (IGF) with all stakeholders.', false],
  // A Member State's name joined by a hyphen (NRI pages and blogs on the US national IGF).
  ['The 2017 Internet Governance Forum-USA (IGF-USA) will be held in Washington.', false],
  ['From the IGF-USA, it was asked to add an item under AoB.', false],
  ['The coordinator of the IGF-Ghana presented its report.', false],
  // The Forum itself.
  ['The IGF-MAG met in Geneva to plan the annual meeting of the IGF.', true],
  ['The IGF-2019 planning went on in Berlin.', true],
  ['The Internet Governance Forum met in Kyoto.', true],
  ['Africa hosted the Internet Governance Forum in 2009.', true],
  ['THE INTERNET GOVERNANCE FORUM MET IN KYOTO.', true],
  ['The ministers of West Africa attended the Internet Governance Forum in Berlin.', true],
  ['It is the Indian chapter of the Internet Governance Forum under the United Nations.', true],
  ['Kenya hosted the IGF in 2011.', true],
  ['The UN IGF is a multistakeholder forum.', true],
  ['The Secretary-General convened the IGF.', true],
];

describe('a national or regional IGF is not the Forum', () => {
  for (const [text, igf] of CASES)
    it(text, () => expect(hasNode(extractText(text), 'process:igf')).toBe(igf));
});

describe("nor the Forum's annual edition", () => {
  const EDITIONS: [text: string, edition: string, found: boolean][] = [
    ['The German IGF 2019 met in Berlin.', 'meeting:igf-14', false],
    ['The India Internet Governance Forum 2021 will be held in October.', 'meeting:igf-16', false],
    ['IGF 2019 met in Berlin.', 'meeting:igf-14', true],
  ];
  for (const [text, edition, found] of EDITIONS)
    it(text, () => expect(hasNode(extractText(text), edition)).toBe(found));
});
