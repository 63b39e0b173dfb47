// "Report of the Secretary-General" in a UN masthead flattened onto one line (text copied from a PDF
// without its line breaks, as A/66/64–E/2011/77 often is): the Secretary-General produced the document
// (rules/produced.ts), also under a sharing site's one-line blocks (produced-flat-masthead.ts firstBlock). Not a
// report cited in running text or outside a masthead.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const produced = (text: string) =>
  extractText(text, 'flat.txt')
    .edges.filter((e) => e.type === 'PRODUCED' && e.to === 'document:a-66-64-e-2011-77')
    .map((e) => e.from);

const HEAD =
  'A/66/64–E/2011/77 United Nations General Assembly Economic and Social Council Distr.: General 14 March 2011 Original: English General Assembly Sixty-sixth session Progress made in the implementation of the outcomes of the World Summit on the Information Society';

describe('a flattened masthead names the author', () => {
  it('"Report of the Secretary-General" in the title block', () => {
    expect(
      produced(`${HEAD} Report of the Secretary-General Executive summary This report reviews progress.`),
    ).toEqual(['organization:secretary-general']);
  });
  it('not a report cited in a phrase', () => {
    expect(
      produced(`${HEAD} as noted in the Report of the Secretary-General on ICT, progress was made.`),
    ).toEqual([]);
  });
  it("under a sharing site's one-line blocks (its page's name, a page count)", () => {
    expect(
      produced(
        `General Assembly Economic and Social Council\n\n22\n\n${HEAD} Report of the Secretary-General Executive summary This report reviews progress.`,
      ),
    ).toEqual(['organization:secretary-general']);
  });
  it('not under a block of prose', () => {
    expect(
      produced(
        `The Council met.\nIt took note of the following report.\n\n${HEAD} Report of the Secretary-General Executive summary This report reviews progress.`,
      ),
    ).toEqual([]);
  });
  it('not without a distribution line', () => {
    expect(
      produced('A/66/64–E/2011/77 Progress made in WSIS. Report of the Secretary-General Executive summary.'),
    ).toEqual([]);
  });
});
