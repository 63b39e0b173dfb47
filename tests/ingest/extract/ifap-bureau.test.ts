// The Bureau of UNESCO's IFAP Council, a body of its own in the gazetteer (seeds/gazetteer/un-system.json, q109): its
// numbered meetings are the Bureau's, not the Council's nor IFAP's; the Council's sessions stay the Council's.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CASES: [text: string, from: string, to: string, want: boolean][] = [
  [
    'The twenty-fifth meeting of the Bureau of the Intergovernmental Council for the Information for All Programme (IFAP) was held in Paris on 26 February 2016.',
    'meeting:ifap-bureau-meeting-25',
    'organization:ifap-bureau',
    true,
  ],
  [
    'The twenty-fifth meeting of the Bureau of the Intergovernmental Council for the Information for All Programme (IFAP) was held in Paris on 26 February 2016.',
    'meeting:ifap-council-meeting-25',
    'organization:ifap-council',
    false,
  ],
  [
    'The IFAP Bureau consists of eight Member States nominated by the governing Council.',
    'organization:ifap-bureau',
    'organization:ifap',
    true,
  ],
  [
    'The Bureau meeting prepared the 9th session of the IFAP Council that will be held on 30 and 31 May 2016.',
    'meeting:ifap-council-9',
    'organization:ifap-council',
    true,
  ],
];

describe('the IFAP Bureau', () => {
  for (const [text, from, to, want] of CASES)
    it(`${want ? 'gives' : 'no'} ${from} PART_OF ${to}`, () => {
      expect(hasEdge(extractText(text), 'PART_OF', from, to)).toBe(want);
    });
  it('is named in full, "IFAP Bureau" an alias', () => {
    const n = extractText(
      'The IFAP Bureau met. The Bureau of the Intergovernmental Council for the Information for All Programme approved projects.',
    ).nodes.find((x) => x.id === 'organization:ifap-bureau');
    expect(n?.name).toBe('Bureau of the Intergovernmental Council for the Information for All Programme');
  });
});
