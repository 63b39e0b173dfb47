// A commission's report on its session (rules/produced-session-report.ts): the body's own line over
// "Report on the ninth session (…)" in the title block makes the body PRODUCED the document, quoted from
// the body's line to the title, also when both lines are one block. No body line right above, a body inside a
// sentence, or another kind of report title gives nothing.

import { describe, expect, it } from 'vitest';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromText, extractText, hasEdge } from './helpers.ts';

const CSTD = 'organization:cstd';
const DOC = 'document:test-doc';

describe('a body reporting on its session', () => {
  // [text, produced?]
  const CASES: [string, boolean][] = [
    [
      'United Nations\n\nCommission on Science and Technology for Development\n\nReport on the ninth session (2-6 May 2098)\n\nSummary\n\n1. The Commission met in Geneva.',
      true,
    ],
    [
      'Commission on Science and Technology for Development\n\nReport on the 31st session\n\n1. The Commission met.',
      true,
    ],
    // Negative: no body line right above the title.
    [
      'United Nations\n\nReport on the ninth session (2-6 May 2098)\n\n1. The Commission on Science and Technology for Development met.',
      false,
    ],
    // Negative: the body is named inside a sentence above the title.
    [
      'The Commission on Science and Technology for Development met twice.\n\nReport on the ninth session\n\n1. Text.',
      false,
    ],
    // The body's line and the title in one block (a copy without blank lines), the block opening the text.
    [
      'Commission on Science and Technology for Development\nReport on the ninth session (2-6 May 2098)\nSupplement No. 11\n\n1. The Commission met.',
      true,
    ],
    // Negative: in one block, a line other than the body's name right above the title.
    [
      'Commission on Science and Technology for Development\nOfficial Records\nReport on the ninth session (2-6 May 2098)\n\n1. Text.',
      false,
    ],
    // Negative: the title opening the first block, nothing above it.
    [
      'Report on the ninth session (2-6 May 2098)\nCommission on Science and Technology for Development\n\n1. Text.',
      false,
    ],
    // Negative: a report on a theme, not on a session.
    [
      'Commission on Science and Technology for Development\n\nReport on the digital divide\n\n1. Text.',
      false,
    ],
  ];
  for (const [text, want] of CASES)
    it(text.replace(/\n+/g, ' / ').slice(0, 90), () => {
      const g = extractText(text);
      expect(hasEdge(g, 'PRODUCED', CSTD, DOC)).toBe(want);
      if (want) {
        const e = g.edges.find((x) => x.type === 'PRODUCED' && x.from === CSTD && x.to === DOC);
        expect(e?.sources[0]?.quote).toMatch(
          /^Commission on Science and Technology for Development\s+Report on the/,
        );
      }
    });

  it('a title block with no paragraph after it (two lines) is read without a rule failing', () => {
    const text = 'Commission on Science and Technology for Development\n\nReport on the ninth session';
    const run = extractCorpusSerial([docFromText('short.txt', text)]);
    expect(run.warnings).toEqual([]);
    expect(hasEdge(extractText(text), 'PRODUCED', CSTD, DOC)).toBe(true);
  });
});
