// Who produced a Secretary-General's report copied from the web (rules/produced.ts): the masthead run into
// one passage with its distribution line last ("GE.98- General Assembly … Item 17 of the preliminary list
// … Report of the Secretary-General Executive summary …"): the agenda line marks the masthead, so "Report of
// the Secretary-General" there is the document's author; and "It has been prepared by the UNCTAD
// secretariat" in its summary ("It" is the report). "It was adopted by …" is not. Invented texts.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const HEAD =
  'GE.98- General Assembly Ninety-eighth session Item 17 of the preliminary list Information and communication technologies for development Progress made in the implementation of the outcomes at the regional and international levels Report of the Secretary-General Executive summary';
const DOC = 'document:sg-copy';
const produced = (text: string, from: string) =>
  hasEdge(extractText(text, 'sg-copy.txt'), 'PRODUCED', from, DOC);

describe('the author of a web copy of a report', () => {
  it('the Secretary-General, from the masthead’s "Report of"', () => {
    expect(produced(`${HEAD} This report reviews progress.`, 'organization:secretary-general')).toBe(true);
  });
  it('UNCTAD, from "It has been prepared by"', () => {
    const text = `${HEAD} This report reviews progress. It has been prepared by the United Nations Conference on Trade and Development (UNCTAD) secretariat based on information from entities.`;
    expect(produced(text, 'organization:unctad')).toBe(true);
  });
  it('not from "It was adopted by"', () => {
    expect(
      produced(
        `${HEAD} This report reviews progress. It was adopted by the Economic and Social Council in 2097.`,
        'organization:ecosoc',
      ),
    ).toBe(false);
  });
  it('not "Report of" cited in a sentence with no masthead before it', () => {
    expect(
      produced(
        'The delegates discussed the Report of the Secretary-General on ocean data.',
        'organization:secretary-general',
      ),
    ).toBe(false);
  });
});
