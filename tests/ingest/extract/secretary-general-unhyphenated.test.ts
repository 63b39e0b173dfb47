// A post written without its hyphen, "Secretary General" (rules/titled-people.ts, rules/post-apposition.ts, q109):
// read where "Secretary-General" is, titled "Secretary-General", and still another body's head when the words say
// so (rules/own-secretary-general.ts). Names other than the Secretaries-General's are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`.trim())
    .sort();

const SG = 'organization:secretary-general Secretary-General';

const CASES: [text: string, want: string[]][] = [
  // The post before the name (UNESCO on WSIS implementation 2016–2017, u103), with or without an honorific.
  [
    "The forum recalled UN Secretary General Mr. Antonio Guterres's message to the WSIS Forum.",
    [`person:antonio-guterres ${SG}`],
  ],
  ['United Nations Secretary General Kofi Annan initiated a Working Group.', [`person:kofi-annan ${SG}`]],
  // A weekday after the name is no part of it (u78).
  [
    'The United Nations Secretary General António Guterres Thursday October 26, 2023 announced the formation of an Advisory Body.',
    [],
  ],
  [
    'The United Nations Secretary-General António Guterres Thursday October 26, 2023 announced the formation of an Advisory Body.',
    [],
  ],
  // The post after the name, of a body; the post of a body before its holder.
  [
    'The meeting was opened by Rebeca Grynspan, Secretary General of UNCTAD.',
    ['person:rebeca-grynspan organization:unctad Secretary General'],
  ],
  [
    'The Secretary General of ITU, Mr. John Sample, opened the session.',
    ['person:john-sample organization:itu Secretary-General'],
  ],
  // Another body's head, never the UN's: the body's acronym before, another post, "of" another body.
  [
    'ITU Secretary General Houlin Zhao opened the WSIS Forum.',
    ['person:houlin-zhao organization:itu Secretary-General'],
  ],
  ['The Deputy Secretary General John Sample opened the WSIS Forum.', []],
  [
    'Mr. John Sample, Secretary General of the Internet Society, spoke.',
    ['person:john-sample organization:isoc Secretary General'],
  ],
];

describe('"Secretary General" without its hyphen', () => {
  for (const [text, want] of CASES)
    it(text.slice(0, 80), () => {
      expect(affiliations(text)).toEqual(want);
    });
});
