// A letter's body starts at its salutation (rules/letter-salutation.ts): a wrapped first line of the body
// ("Reference is made to our letter dated … for informal") is never the Document's title. Invented letters.

import { describe, expect, it } from 'vitest';
import { salutation } from '../../../ingest/extract/rules/letter-salutation.ts';
import { extractText } from './helpers.ts';

describe('a letter salutation', () => {
  it.each([
    ['Excellency,', true],
    ['Your Excellency,', true],
    ['Dear colleagues,', true],
    ['Dear Permanent Representatives:', true],
    ['Sir,', true],
    ['Sir or Madam,', true],
    // Negative: a sentence or a heading that opens with the same word.
    ['Excellency, I have the honour to inform you of the meeting.', false],
    ['Dear colleagues, the meeting starts at ten.', false],
    ['Report of the Working Group', false],
    ['Sir Tim Berners-Lee spoke first.', false],
  ])('%s', (text, is) => {
    expect(salutation(text)).toBe(is);
  });

  const titleOf = (text: string, file: string) =>
    extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.name;
  it('takes no body line under the salutation as the title', () => {
    const text =
      'March 3, 2098\n\nExcellency,\n\nDear colleagues,\n\nFurther to our letter dated 1 February 2098 setting out the schedule for informal\nconsultations on the Digital Charter, we write to share the dates.\n\nThe consultations will be held on 5 March.\n';
    expect(titleOf(text, 'letter.txt')).toBe('letter.txt');
  });
  it('still takes a heading above the salutation', () => {
    const text =
      'Schedule of Informal Consultations on the Digital Charter\n\nExcellency,\n\nFurther to our letter dated 1 February 2098 setting out the schedule for informal\nconsultations, we write to share the dates.\n\nThe consultations will be held on 5 March.\n';
    expect(titleOf(text, 'letter2.txt')).toBe('Schedule of Informal Consultations on the Digital Charter');
  });
});
