// Ids are slugs of names (cypher/model/ids.ts): accents go, and letters that
// have no decomposition take their usual ASCII spelling instead of vanishing.

import { describe, expect, it } from 'vitest';
import { makeId, slugify } from '../../../cypher/model/ids.ts';

describe('slugify', () => {
  it.each([
    ['Michael Møller', 'michael-moller'],
    ['Wolfgang Kleinwächter', 'wolfgang-kleinwachter'],
    ['António Guterres', 'antonio-guterres'],
    ['Søren Ærø', 'soren-aero'],
    ['Łukasz Strauß', 'lukasz-strauss'],
    ['Þórður Ðorđević', 'thordur-dordevic'],
    ['Bill & Melinda Gates Foundation', 'bill-and-melinda-gates-foundation'],
    ['WSIS+20 review', 'wsis+20-review'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
  it('a name with no Latin letter or digit gives no slug, and makeId says so', () => {
    expect(slugify('—')).toBe('');
    expect(() => makeId('Person', '—')).toThrow(/cannot make an id/);
  });
});
