// The body that adopted the resolution whose text a document is (rules/document-self.ts): the title block
// "Resolution adopted by the General Assembly", with or without its date, or a title line naming the body
// with the number ("ECOSOC Resolution 2097/46"). A resolution the text only recalls is not the document's.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const GA = 'organization:general-assembly';
const ECOSOC = 'organization:ecosoc';

describe('the adopting body of a resolution text', () => {
  // [text, body, resolution, produced?]
  const CASES: [string, string, string, boolean][] = [
    [
      'Resolution adopted by the General Assembly\n[on the report of the Second Committee (A/98/480)]\n\n98/220. Digital cooperation\n\nThe General Assembly,\n\nRecalling its resolution 96/183,',
      GA,
      'resolution:a-res-98-220',
      true,
    ],
    [
      'Resolution adopted by the General Assembly on 3 March 2098\n\n98/221. Digital cooperation\n\nThe General Assembly,',
      GA,
      'resolution:a-res-98-221',
      true,
    ],
    [
      'ECOSOC Resolution 2097/46\nJuly 2097\nFollow-up to the Summit\n\nThe Economic and Social Council,\n\nRecalling its resolution 2095/4,',
      ECOSOC,
      'resolution:e-res-2097-46',
      true,
    ],
    // Negative: a recalled resolution "adopted by the General Assembly" inside the text is not this one's.
    [
      'Notes of the meeting\n\n98/222. Digital cooperation\n\nThe participants recalled the text adopted by the General Assembly.',
      GA,
      'resolution:a-res-98-222',
      false,
    ],
    // Negative: the bare symbol as the title names no body (the preamble's "The … Council," is not quoted).
    [
      'E/RES/2097/47\nJuly 2097\nFollow-up to the Summit\n\nThe Economic and Social Council,\n\nRecalling its resolution 2095/4,',
      ECOSOC,
      'resolution:e-res-2097-47',
      false,
    ],
  ];
  for (const [text, body, res, want] of CASES)
    it(text.split('\n')[0]!, () => {
      expect(hasEdge(extractText(text), 'PRODUCED', body, res)).toBe(want);
    });

  it('the bare-symbol title is still the resolution itself', () => {
    expect(hasNode(extractText(CASES[4]![0]), 'resolution:e-res-2097-47')).toBe(true);
  });

  it('the quote runs on to the number line past a cited report', () => {
    const g = extractText(CASES[0]![0]);
    const e = g.edges.find((x) => x.type === 'PRODUCED' && x.to === 'resolution:a-res-98-220');
    expect(e?.sources[0]?.quote).toContain('98/220. Digital cooperation');
    expect(e?.sources[0]?.quote).toContain('adopted by the General Assembly');
  });

  it('a title line with the body quotes that line', () => {
    const g = extractText(CASES[2]![0]);
    const e = g.edges.find((x) => x.type === 'PRODUCED' && x.to === 'resolution:e-res-2097-46');
    expect(e?.sources[0]?.quote).toContain('ECOSOC Resolution 2097/46');
  });
});
