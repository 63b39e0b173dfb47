// Names in the regional commissions' texts on the information society (q84): a regional forum's advisory group
// is not the IGF's (gazetteer-mentions.ts, local-initiatives.ts), a locale label names no State
// (locale-labels.ts), a city's particle stays in an instrument's name (references.ts DECLARATION), a regional
// plan "for the Information Society in" a region is not Geneva's (other-plans.ts). Sentences are written for
// the test in the style of ESCWA newsletters and ECLAC commitments.

import { describe, expect, it } from 'vitest';
import { localeCountry } from '../../../ingest/extract/rules/locale-labels.ts';
import { extractText, hasNode } from './helpers.ts';

const MAG = 'organization:igf-mag';
const USA = 'organization:united-states-of-america';

describe('an IGF body with a regional qualifier', () => {
  it.each([
    ['The Fifth Meeting of the Arab Multistakeholder Advisory Group (AMAG) was held in Cairo.', false],
    ['The African IGF Secretariat issued the call.', false],
    // Negative: the Forum's own group.
    ['The Multistakeholder Advisory Group (MAG) met in Geneva.', true],
    ['The IGF Multistakeholder Advisory Group met in Geneva.', true],
  ])('%s → IGF MAG or Secretariat: %s', (text, igf) => {
    const g = extractText(text);
    expect(hasNode(g, MAG) || hasNode(g, 'organization:igf-secretariat')).toBe(igf);
  });
});

describe('a locale label', () => {
  it.each([
    ['Related Links\n English (United States) العربية (لبنان)\n\nThe newsletter of the Division.', false],
    // Negative: a State in brackets after a person or in prose.
    ['The statement was delivered by Ms. Jane Roe (United States).', true],
    ['Delegations from the United States attended.', true],
  ])('%s → United States: %s', (text, state) => {
    expect(hasNode(extractText(text), USA)).toBe(state);
  });
  it('only right after a language and its bracket', () => {
    const t = 'English (United States)';
    expect(localeCountry(t, t.indexOf('United'))).toBe(true);
    expect(localeCountry('Canada (United States)', 8)).toBe(false);
  });
});

describe('instrument names', () => {
  const ids = (text: string) =>
    extractText(text)
      .nodes.filter((n) => n.type === 'Resolution')
      .map((n) => n.id)
      .sort();
  it.each([
    [
      'Recalling the Rio de Janeiro Commitment and the Sample Declaration,',
      ['resolution:rio-de-janeiro-commitment', 'resolution:sample-declaration'],
    ],
    ['Recalling the Santo Domingo Declaration,', ['resolution:santo-domingo-declaration']],
    // Negative: a lower-case word that is no particle ends the name before it.
    ['Recalling the commitments of the Lima Declaration,', ['resolution:lima-declaration']],
  ])('%s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });
  it.each([
    [
      'Recalling the Plan of Action for the Information Society in Latin America and the Caribbean (eLAC2007),',
      false,
    ],
    // Negative: the Summit's plan keeps its name.
    ['Recalling the Plan of Action for the Information Society adopted in Geneva,', true],
    ['Recognizing that the global objectives of the Geneva Plan of Action are to be met,', true],
  ])('%s → Geneva: %s', (text, geneva) => {
    expect(hasNode(extractText(text), 'resolution:geneva-plan-of-action')).toBe(geneva);
  });
});
