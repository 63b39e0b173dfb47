// A Human Rights Council report titled by its mandate and holder, "Report of the Special Rapporteur on …, Name"
// (A/HRC/17/27's masthead), was produced by that holder (people-mandate-holders.ts, q94). The same words in a
// sentence, or below the first numbered paragraph, cite another report; a summary's "the Special Rapporteur on
// …, Name, presents to the Human Rights Council a study" (A/HRC/47/24/Add.2) says whose the report is. Mastheads invented in that layout.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const produced = (text: string, person: string): boolean => {
  const g = extractText(text, 'sample-report.txt');
  const doc = g.nodes.find((n) => n.type === 'Document')!.id;
  return hasEdge(g, 'PRODUCED', person, doc);
};

describe("a mandate holder's report", () => {
  const CASES: [text: string, person: string, want: boolean][] = [
    [
      'Human Rights Council Ninetieth session Agenda item 3\n\nReport of the Special Rapporteur on the promotion of sample expression, Maria Examplova*\n\nSummary This report explores sample trends.',
      'person:maria-examplova',
      true,
    ],
    [
      'Human Rights Council\n\nReport of the Independent Expert on sample rights, Jon Q. Sampleton\n\n1. The Independent Expert presents his report.',
      'person:jon-q-sampleton',
      true,
    ],
    // The summary saying the holder presents the study.
    [
      'Report of the Special Rapporteur on sample assembly*\n\nSummary\n\nAs a follow-up to an earlier report, the Special Rapporteur on sample assembly and association, Jon Q. Sampleton, presents to the Human Rights Council a study of sample trends.\n\n1. In 2098, the Special Rapporteur reported.',
      'person:jon-q-sampleton',
      true,
    ],
    // Negative: the same words below the first numbered paragraph.
    [
      'Sample note\n\n1. The Council met.\n\n2. Then the Special Rapporteur on sample assembly, Jon Q. Sampleton, presents a statement.',
      'person:jon-q-sampleton',
      false,
    ],
    // Negative: cited in a sentence.
    [
      'Sample note\n\n1. The Council took note of the report of the Special Rapporteur on sample expression, Maria Examplova, with interest.',
      'person:maria-examplova',
      false,
    ],
    // Negative: a heading below the first numbered paragraph heads a section, not the document.
    [
      'Sample compilation\n\n1. The following reports were received.\n\nReport of the Special Rapporteur on sample expression, Maria Examplova\n\n2. It covers sample trends.',
      'person:maria-examplova',
      false,
    ],
  ];
  it.each(CASES)('%s', (text, person, want) => expect(produced(text, person)).toBe(want));
});
