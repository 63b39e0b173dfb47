// An instrument's paragraph as the subject of a request or as the seat of a mandate
// (rules/mandates-paragraph-subject.ts, rules/mandates-detailed.ts): "Paragraph 111 of the Tunis Agenda,
// endorsed by … resolution 98/252, requested the General Assembly to …" gives the Tunis Agenda MANDATES
// the General Assembly (¶111), not the endorsing resolution; "The mandate of the IGF is set out in
// paragraphs 72 to 80 of the Tunis Agenda" gives MANDATES the IGF (¶72–80). A capitalised "Paragraph" is
// the cited paragraph of REFERENCES too.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const TUNIS = 'resolution:tunis-agenda';
const GA = 'organization:general-assembly';
const IGF = 'process:igf';

const edge = (text: string, type: string, from: string, to: string) =>
  extractText(text).edges.find((e) => e.type === type && e.from === from && e.to === to);

describe('a paragraph of an instrument requesting', () => {
  // [text, from, to, paragraph or false when no edge]
  const CASES: [string, string, string, string | false][] = [
    [
      'Paragraph 111 of the Tunis Agenda, endorsed by the General Assembly in resolution 98/252, requested the General Assembly to undertake the review in 2099.',
      TUNIS,
      GA,
      '111',
    ],
    ['Paragraph 12 of the Tunis Agenda requested the General Assembly to hold a review.', TUNIS, GA, '12'],
    // Negative: the endorsing resolution is no requester.
    [
      'Paragraph 111 of the Tunis Agenda, endorsed by the General Assembly in resolution 98/252, requested the General Assembly to undertake the review in 2099.',
      'resolution:a-res-98-252',
      GA,
      false,
    ],
    // Negative: the paragraph does not open the sentence; another resolution requests.
    [
      'Recalling the Tunis Agenda, the Council in resolution 2098/5 requested the General Assembly to hold a review.',
      TUNIS,
      GA,
      false,
    ],
  ];
  for (const [text, from, to, paragraph] of CASES)
    it(`${from} → ${to}: ${text.slice(0, 60)}`, () => {
      const e = edge(text, 'MANDATES', from, to);
      if (paragraph === false) expect(e).toBeUndefined();
      else expect(e?.properties?.paragraph).toBe(paragraph);
    });

  it('the cited paragraph, capitalised, is the reference’s', () => {
    const text = 'Paragraph 111 of the Tunis Agenda requested a review.';
    expect(edge(text, 'REFERENCES', 'document:test-doc', TUNIS)?.properties?.paragraphs).toBe('111');
  });
});

describe('the mandate of a thing set out in paragraphs', () => {
  const CASES: [string, string | false][] = [
    [
      'The mandate and terms of reference of the IGF are set out in paragraphs 72 to 80 of the Tunis Agenda.',
      '72–80',
    ],
    ['The mandate of the Internet Governance Forum is defined in paragraph 72 of the Tunis Agenda.', '72'],
    // Negative: not its mandate; no paragraphs named.
    ['The history of the IGF is set out in paragraphs 72 to 80 of the Tunis Agenda.', false],
    ['The mandate of the IGF is set out in the Tunis Agenda.', false],
  ];
  for (const [text, paragraph] of CASES)
    it(text, () => {
      const e = edge(text, 'MANDATES', TUNIS, IGF);
      if (paragraph === false) expect(e).toBeUndefined();
      else expect(e?.properties?.paragraph).toBe(paragraph);
    });
});
