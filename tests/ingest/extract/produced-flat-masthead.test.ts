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
        `The Council met.\nIt took note of the following report.\n\n${HEAD} Report of the Secretary-General This report reviews progress.`,
      ),
    ).toEqual([]);
  });
  // Unless its "Executive summary" heading follows (produced-flat-masthead.ts beforeSummaryHeading): a report's
  // own kind line under a cover note's prose.
  it('under a block of prose, right before its summary heading', () => {
    expect(
      produced(
        `The Council met.\nIt took note of the following report.\n\n${HEAD} Report of the Secretary-General Executive summary This report reviews progress.`,
      ),
    ).toEqual(['organization:secretary-general']);
  });
  it('not without a distribution line', () => {
    expect(
      produced('A/66/64–E/2011/77 Progress made in WSIS. Report of the Secretary-General Executive summary.'),
    ).toEqual([]);
  });
});

// A web copy whose masthead lines stand apart, the title block run on into its summary ("<title> Report of the
// Secretary-General Executive summary This report …") below page furniture (q57).
describe('a title block run on into its summary', () => {
  const own = (text: string) =>
    extractText(text, 'web.txt')
      .edges.filter((e) => e.type === 'PRODUCED' && e.from === 'organization:secretary-general')
      .map((e) => e.to);
  const TOP =
    'Progress made in sample matters - Sample site\n\n4 downloads 112 Views\n\nA/96/65–E/2096/12\n\nUnited Nations\n\nDistr.: General 3 March 2096 Original: English\n\n';
  it.each([
    `${TOP}Progress made in the follow-up to the outcomes of the Sample Summit Report of the Secretary-General Executive summary This report has been prepared by the secretariat.\n\n1. In 2095, progress continued.`,
    `${TOP}Progress made in the follow-up to the outcomes of the Sample Summit Report of the Secretary-General Summary This report highlights major activities.\n\n1. In 2095, progress continued.`,
  ])('the Secretary-General produced it: %#', (text) => {
    expect(own(text)).toEqual(['document:a-96-65-e-2096-12']);
  });
  it.each([
    // A report cited in prose goes on with "on …".
    `${TOP}Sample summary\n\nAs noted in the Report of the Secretary-General on sample matters, progress was made.\n\n1. In 2095, progress continued.`,
    // "the Report of the Secretary-General Summary …" after an article is cited.
    `${TOP}It was read with the Report of the Secretary-General Summary Tables of the annex.\n\n1. In 2095, progress continued.`,
  ])('not this document: %#', (text) => {
    expect(own(text)).not.toContain('document:a-96-65-e-2096-12');
  });
});
