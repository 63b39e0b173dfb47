// An address written unit by unit: each unit is part of the next one named (part-of.ts unitChains), also
// for a unit the gazetteer does not know, found in the middle of the chain.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const partOf = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PART_OF' && !OTHER.has(e.to))
    .map((e) => `${e.from} -> ${e.to}`)
    .sort();

// Found by other rules (a secretariat named after its body, bodies named after the UN).
const OTHER = new Set(['organization:cstd', 'organization:united-nations']);
const SEC = 'organization:cstd-secretariat';
const SECTION = 'organization:policy-review-section';
const DTL = 'organization:division-on-technology-and-logistics';

const cases: [string, string, string[]][] = [
  [
    'every link of the chain',
    'Nominations should be sent to the Commission on Science and Technology for Development secretariat, Policy Review Section, Division on Technology and Logistics, Palais des Nations, CH-1211 Geneva 10.',
    [`${SEC} -> ${SECTION}`, `${SECTION} -> ${DTL}`],
  ],
  [
    'a chain ending at the building: the unit is part of nothing more',
    'Nominations should be sent to the Commission on Science and Technology for Development secretariat, Policy Review Section, Palais des Nations, CH-1211 Geneva 10.',
    [`${SEC} -> ${SECTION}`],
  ],
  ['a list of bodies is not a chain', 'The event was organized by UNCTAD, ITU, UNESCO and UNDP.', []],
];

describe('units written one after the other', () => {
  for (const [name, text, want] of cases)
    it(name, () => {
      expect(partOf(text)).toEqual(want);
    });
});
