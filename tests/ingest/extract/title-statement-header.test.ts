// A delivered statement's header line (rules/title-statement-header.ts): "Statement on behalf of <group> by
// <speaker>, <post>, at the <meeting> (City, day month year)" titles the text and its closing parenthesis dates
// it. Invented headers in the grammar of a negotiating group's statements at co-facilitators' consultations.

import { describe, expect, it } from 'vitest';
import { statementHeaderDate } from '../../../ingest/extract/rules/title-statement-header.ts';
import { extractText } from './helpers.ts';

const doc = (text: string) => {
  const n = extractText(text, 'st.txt').nodes.find(
    (x) => x.type === 'Document' && x.properties.file === 'st.txt',
  );
  return [n?.properties.title, n?.properties.date];
};

const LONG =
  'Statement on behalf of the Group of 77 and China by Mr. Sample Roe, Counsellor, Permanent Mission of Samplia to the United Nations, at the informal consultation on the revised draft modalities resolution for the “Sample Summit” (New York, 25 August 2098)';
const BODY =
  '\n\n1. I have the honour to deliver the statement on behalf of the Group.\n\n2. The Group thanks the co-facilitators.';

describe('a statement header line', () => {
  it.each([
    [LONG + BODY, [LONG, '2098-08-25']],
    [
      `Remarks by Ms. Jane Sample at the second informal consultation on the zero draft (Geneva, 3 May 2098)${BODY}`,
      [
        'Remarks by Ms. Jane Sample at the second informal consultation on the zero draft (Geneva, 3 May 2098)',
        '2098-05-03',
      ],
    ],
  ] as const)('%j', (text, want) => {
    expect(doc(text)).toEqual(want);
  });
  it.each([
    [LONG, '2098-08-25'],
    [
      'Explanation of vote by the delegation of Samplia on draft resolution L.9 (New York, 1 December 2098)',
      '2098-12-01',
    ],
    [
      'STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY MR. SAMPLE ROE, AT THE SECOND COMMITTEE OF THE 98TH SESSION (New York, 22 October 2098)',
      '2098-10-22',
    ],
    // Negative: prose that only mentions statements, a header without the place-and-day parenthesis, a
    // parenthesis that is not the line's end, a text line not opening with the kind of speech.
    ['Statements made on behalf of groups can be five minutes (New York time)', undefined],
    ['Statement by Mr. Sample Roe at the informal consultation on the draft resolution', undefined],
    ['Statement by Mr. Sample Roe (New York, 25 August 2098) at the informal consultation', undefined],
    ['The Group delivered its statement at the consultation (New York, 25 August 2098)', undefined],
  ] as const)('statementHeaderDate(%j)', (line, want) => {
    expect(statementHeaderDate(line)).toBe(want);
  });
});
