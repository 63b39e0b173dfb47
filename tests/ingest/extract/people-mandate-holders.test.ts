// The holder of a special procedure named after the mandate's title and a comma (Human Rights Council report
// mastheads and notes by the Secretariat: A/HRC/17/27, A/HRC/38/35). Names and fields are invented.

import { describe, expect, it } from 'vitest';
import { extractText, personNames } from './helpers.ts';

describe('a mandate holder after the mandate title', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'Report of the Special Rapporteur on the promotion and protection of the right to sample freedoms, Jane Oduya\nSummary',
      ['Jane Oduya'],
    ],
    [
      'The Secretariat has the honour to transmit to the Human Rights Council the report of the Special Rapporteur on the right to sample freedoms, Pedro Almeida, pursuant to Council resolution 40/3.',
      ['Pedro Almeida'],
    ],
    // The title wrapped onto the next line, a footnote star after the name.
    [
      'Report of the Special Rapporteur on the promotion and protection of the right\nto sample freedoms, Tomas Lindqvist*',
      ['Tomas Lindqvist'],
    ],
    ['Report of the Independent Expert on sample rights, Amina Sesay.', ['Amina Sesay']],
    // A middle initial; the name on the line under the title, in a passage of its own (q60).
    ['Report of the Special Rapporteur on sample freedoms, Jon Q. Example\nSummary', ['Jon Q. Example']],
    [
      'Human Rights Council\nNinety-first session\nReport of the Special Rapporteur on sample freedoms,\n\nJon Q. Example\nNote by the Secretariat\nIn the present report, the Special Rapporteur describes his vision.',
      ['Jon Q. Example'],
    ],
    // Negative: a line under the title that is no name alone.
    [
      'Report of the Special Rapporteur on sample freedoms,\n\nNote by the Secretariat\nIn the present report, the Special Rapporteur describes his vision.',
      [],
    ],
    // No name after the comma: a clause, a body, a place.
    ['The Special Rapporteur on sample freedoms, in his report, recommends that States act.', []],
    ['The Special Rapporteur on sample freedoms, Human Rights Council, presented a report.', []],
    ['The Special Rapporteur on sample freedoms, New York, 2019.', []],
    // A name running on into more words is not one ended there.
    [
      'The report of the Special Rapporteur on sample freedoms, Jane Oduya Foundation Trust report, was noted.',
      [],
    ],
  ];
  for (const [text, want] of CASES)
    it(text.replace(/\n/g, ' '), () => expect(personNames(text)).toEqual(want));

  it('quotes the title with the name', () => {
    const g = extractText('Report of the Special Rapporteur on sample freedoms, Jane Oduya\nSummary');
    const p = g.nodes.find((n) => n.type === 'Person');
    expect(p?.sources[0]?.quote).toContain('Special Rapporteur on sample freedoms, Jane Oduya');
  });
});
