// "Report by the Secretary-General" under a Commission document's masthead (E/CN.16/2004/2) is the same as
// "Report of the Secretary-General": the Secretary-General PRODUCED the document (rules/produced.ts
// REPORT_OF); a resolution's text set in capitals, "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY" (A/RES/50/101),
// names the body that adopted it (rules/document-self.ts ADOPTED_LINE). Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const SG = 'organization:secretary-general';
const GA = 'organization:general-assembly';

const CASES: [text: string, file: string, from: string, to: string, want: boolean][] = [
  [
    'UNITED NATIONS\nEconomic and Social Council\nE/CN.16/2031/2\n7 April 2031\n\nCommission on Science and Technology for Development\n\nItem 2 of the provisional agenda\n\nWidgets for development\n\nReport by the Secretary-General\n\nExecutive summary\n\nThis report seeks to identify approaches.',
    'r.txt',
    SG,
    'document:e-cn-16-2031-2',
    true,
  ],
  [
    // Cited in a sentence, not the document's own line.
    'Widgets for development\n\nThe Commission considered the findings of a report by the Secretary-General on gadgets, issued last year.',
    'r.txt',
    SG,
    'document:r',
    false,
  ],
  [
    'United Nations\nA/RES/90/101\nGeneral Assembly\nDistr. GENERAL\n9 February 2036\n\n     RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\n\n     [on the report of the Second Committee (A/90/617/Add.4)]\n\n     90/101.   Widgets for development\n\n     The General Assembly,\n\n     Recalling its resolution 88/179,',
    'res.txt',
    GA,
    'resolution:a-res-90-101',
    true,
  ],
  [
    'United Nations\nA/RES/90/102\nGeneral Assembly\n\n     RESOLUTION ADOPTED BY THE SECOND COMMITTEE\n\n     90/102.   Widgets for development\n\n     The General Assembly,',
    'res.txt',
    'organization:second-committee',
    'resolution:a-res-90-102',
    false,
  ],
];

describe('who produced a report or resolution, from its masthead line', () => {
  it.each(CASES)('%s', (text, file, from, to, want) => {
    expect(hasEdge(extractText(text, file), 'PRODUCED', from, to)).toBe(want);
  });
});
