// The bodies of human rights texts on the Internet the curated gazetteer names (seeds/gazetteer/
// organizations.json, un-system.json): the Freedom Online Coalition of governments whose joint statements
// are read at the Human Rights Council (FOC statements at its 41st, 47th and 52nd sessions), and OHCHR by the
// name its own pages give it ("Issued by Office of the High Commissioner for Human Rights"), UNESCO's General
// Conference and Executive Board (UNESCO's pages on its Internet study, 2015). A coalition, an office or an
// organ named in other words is none of them. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../ingest/gazetteer/load.ts';

const g = loadGazetteer();
const ids = (text: string) => g.match(text).map((m) => m.entry.id);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'This statement is delivered on behalf of the Freedom Online Coalition.',
    ['organization:freedom-online-coalition'],
    [],
  ],
  ['The FOC is deeply concerned about Internet shutdowns.', ['organization:freedom-online-coalition'], []],
  ['Issued by Office of the High Commissioner for Human Rights', ['organization:ohchr'], []],
  // UNESCO's governing organs, also with the possessive (CONNECTing the Dots conference pages).
  [
    'It will be presented to the 38th session of UNESCO’s General Conference.',
    ['organization:unesco-general-conference'],
    ['organization:unesco'],
  ],
  ["It informs the 196th session of UNESCO's Executive Board.", ['organization:unesco-executive-board'], []],
  [
    'The General Conference of UNESCO endorsed the principles.',
    ['organization:unesco-general-conference'],
    [],
  ],
  // Another organisation's organs are not UNESCO's.
  ['The Executive Board of the WHO met.', ['organization:who'], ['organization:unesco-executive-board']],
  // Other coalitions and offices are not these.
  ['The Coalition for Online Freedom met in Tallinn.', [], ['organization:freedom-online-coalition']],
  ['The Office of the High Commissioner for Refugees briefed the Council.', [], ['organization:ohchr']],
];

describe('gazetteer: human rights and UNESCO bodies', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = ids(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
