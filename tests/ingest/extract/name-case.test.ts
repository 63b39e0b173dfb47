// A person's surname in capitals, as UN lists set it apart ("H.E. Ms. Faouzia BOUMAIZA MEBARKI", UNODC's list of
// the cybercrime Ad Hoc Committee's officers), is shown in its usual case (parse/name-case.ts, build-graph.ts);
// particles inside a name in lower case, numerals, initials and names already in mixed case as written.

import { describe, expect, it } from 'vitest';
import { nameFromCapitals, personNameCase } from '../../../ingest/extract/parse/name-case.ts';
import { extractText } from './helpers.ts';

const CASES: [written: string, shown: string][] = [
  ['Ana EXAMPLE SAMPLE', 'Ana Example Sample'],
  ['Tomas DE SOUSA RIBEIRO', 'Tomas de Sousa Ribeiro'],
  ['Musa BIN JAFAR BIN HASSAN', 'Musa bin Jafar bin Hassan'],
  ['Terl GEORGE-MARIA SAMPLE', 'Terl George-Maria Sample'],
  ["Sean O'BRIEN", "Sean O'Brien"],
  ['Anna MCDONALD', 'Anna McDonald'],
  ['JUNHUA LI', 'Junhua Li'],
  ['John EXAMPLE III', 'John Example III'],
  // Negative: as written.
  ['Frank La Rue', 'Frank La Rue'],
  ['R. N. Jha', 'R. N. Jha'],
  ['Musa bin Jafar bin Hassan', 'Musa bin Jafar bin Hassan'],
  ['EXAMPLE', 'EXAMPLE'],
  ['Ana Example', 'Ana Example'],
];

// A name read from capitals (a heading "… BY MR. MOHAMMED AL-HADHRAMI, …", a transcript's ">> JUNHUA LI:", a
// letter's signature): every word re-cased, one word too; the same casing as above, one function for both.
const FROM_CAPITALS: [written: string, shown: string][] = [
  ['MOHAMMED AL-HADHRAMI', 'Mohammed Al-Hadhrami'],
  ['ANTONIO DE ALMEIDA RIBEIRO', 'Antonio de Almeida Ribeiro'],
  ["SEAN O'BRIEN", "Sean O'Brien"],
  ['ANNA MCDONALD', 'Anna McDonald'],
  ['CHURKIN', 'Churkin'],
  ['JOHN EXAMPLE III', 'John Example III'],
  // Negative: initials and mixed case as written.
  ['J. R. EXAMPLE', 'J. R. Example'],
  ['Ana Example', 'Ana Example'],
];

describe("a person's name in capitals in its usual case", () => {
  it.each(FROM_CAPITALS)('from capitals: %s → %s', (written, shown) =>
    expect(nameFromCapitals(written)).toBe(shown),
  );

  it.each(CASES)('%s → %s', (written, shown) => expect(personNameCase(written)).toBe(shown));

  it('the node is named in the usual case; the quote keeps the capitals', () => {
    const g = extractText('The Committee elected H.E. Ms. Ana EXAMPLE SAMPLE (Exampleland) as its Chair.');
    const person = g.nodes.find((n) => n.type === 'Person');
    expect(person?.name).toBe('Ana Example Sample');
    expect(person?.sources[0]?.quote).toContain('Ana EXAMPLE SAMPLE');
  });
});
