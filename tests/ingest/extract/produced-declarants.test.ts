// An adopted outcome document opens in the voice of those who met to adopt it: "We, the Ministers and heads of
// delegations participating in the high-level plenary meeting of the General Assembly on …, held in New York on
// 16 and 17 December 2025" (A/RES/80/173) gives that meeting PRODUCED the resolution (produced-declarants.ts). Not
// in a draft, not for a later "We, the …", not without a meeting named there. Invented texts in that layout.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const RES = (symbol: string, body: string) =>
  `United Nations\n${symbol}\nGeneral Assembly\n\nResolution adopted by the General Assembly on 17 December 2098\n\n98/999. Outcome document of the high-level meeting of the General Assembly on the Sample Summit\n\nThe General Assembly,\n\nAdopts the following outcome document:\n\n${body}`;
const OPENING =
  'We, the Ministers and heads of delegations participating in the high-level plenary meeting of the General Assembly on the review of the Sample Summit, held in New York on 16 and 17 December 2098,';

const producedBy = (text: string): string[] =>
  extractText(text)
    .edges.filter(
      (e) => e.type === 'PRODUCED' && e.from.startsWith('meeting:') && e.to.startsWith('resolution:'),
    )
    .map((e) => `${e.from} -> ${e.to}`);

describe('the meeting its declarants speak from produced an outcome document', () => {
  it('the adopted resolution', () => {
    expect(
      producedBy(RES('A/RES/98/999', `${OPENING}\n\n1. Reaffirm our commitment to the Summit;`)),
    ).toEqual(['meeting:high-level-plenary-meeting-2098-12-16 -> resolution:a-res-98-999']);
  });
  it.each([
    ['a draft of it', RES('A/98/L.41', `${OPENING}\n\n1. Reaffirm our commitment to the Summit;`)],
    [
      'a later "We, the …" in the body',
      RES(
        'A/RES/98/999',
        '1. Reaffirm our commitment to the Summit;\n\n2. We, the Ministers, also recall those participating in the high-level plenary meeting of the General Assembly held in New York on 16 and 17 December 2096;',
      ),
    ],
    [
      'no meeting named',
      RES(
        'A/RES/98/999',
        'We, the Ministers and heads of delegations participating in this review,\n\n1. Reaffirm;',
      ),
    ],
  ])('not: %s', (_name, text) => {
    expect(producedBy(text)).toEqual([]);
  });
});
