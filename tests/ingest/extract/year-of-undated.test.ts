// The year of a day or month written without one, from the document's date (parse/undated-year.ts): a press
// release's "was held on June 1" (meeting-dates.ts) and a committee report's "on 26 October"
// (meetings-committee.ts).

import { describe, expect, it } from 'vitest';
import { yearOfUndated } from '../../../ingest/extract/parse/undated-year.ts';

const CASES: [
  name: string,
  doc: string | undefined,
  month: number,
  day: number | undefined,
  tense: 'past' | 'future',
  year: number | undefined,
][] = [
  ['a past day before the document', '2021-06-02', 6, 1, 'past', 2021],
  ['a past day after it: the year before', '2021-06-02', 6, 3, 'past', 2020],
  ['a coming day after the document', '2021-06-02', 9, 1, 'future', 2021],
  ['a coming day before it: the next year', '2021-06-02', 3, 1, 'future', 2022],
  ['a past month up to the document', '2011-12-13', 10, undefined, 'past', 2011],
  ['a past month after it: the year before', '2011-03-13', 10, undefined, 'past', 2010],
  ['a month-dated document, by month', '2011-12', 12, undefined, 'past', 2011],
  ['a day needs a document dated by day', '2011-12', 12, 1, 'past', undefined],
  ['no document date', undefined, 6, 1, 'past', undefined],
];

describe('the year of a date written without one', () => {
  for (const [name, doc, month, day, tense, year] of CASES)
    it(name, () => expect(yearOfUndated(doc, month, day, tense)).toBe(year));
});
