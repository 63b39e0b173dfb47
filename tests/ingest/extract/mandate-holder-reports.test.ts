// A Human Rights Council report titled by its mandate and holder, "Report of the Special Rapporteur on …, Name"
// (A/HRC/17/27's masthead), was produced by that holder (people-mandate-holders.ts, q94). The same words in a
// sentence, or below the first numbered paragraph, cite another report. Mastheads invented in that layout.

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
