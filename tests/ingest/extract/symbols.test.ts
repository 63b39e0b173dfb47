import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';

describe('UN symbols', () => {
  const cases: [string, string | undefined, string?][] = [
    ['see A/RES/70/125 for details', 'A/RES/70/125', 'resolution'],
    ['UNGA Resolution A/Res/67/195 (2012)', 'A/RES/67/195', 'resolution'],
    ['a conference room paper (E/CN.16/2012/CRP.2) available', 'E/CN.16/2012/CRP.2', 'document'],
    ['the report (A/67/66-E/2012/49).', 'A/67/66-E/2012/49', 'document'],
    ['DTL/STICT/MISC/2016/9', 'DTL/STICT/MISC/2016/9', 'document'],
    ['the resultant resolution (E/RES/2019/254)', 'E/RES/2019/254', 'resolution'],
    ['General Assembly resolution 66/184 on ICT', 'A/RES/66/184', 'resolution'],
    ['Economic and Social Council resolution 2019/25', 'E/RES/2019/25', 'resolution'],
    ['the UNGA and/or CSTD/ ECOSOC roles', undefined],
    ['http://unctad.org/en/Pages/CSTD/WGEC-2016-to-2018.aspx', undefined],
  ];
  for (const [text, symbol, kind] of cases)
    it(text, () => {
      const s = findSymbols(text)[0];
      expect(s?.symbol).toBe(symbol);
      if (kind) expect(s?.kind).toBe(kind);
    });
  it('lists of resolution numbers', () => {
    const got = findSymbols(
      'Recalling its resolutions 56/183 of 21 December 2001, 57/238 of 20 December 2002 and 70/125',
    );
    expect(got.map((x) => x.symbol)).toEqual(['A/RES/56/183', 'A/RES/57/238', 'A/RES/70/125']);
    expect(got[1]?.adoptedOn).toBe('2002-12-20');
  });
  it('adoption date after "of"', () => {
    expect(findSymbols('resolution 70/125 of 16 December 2015')[0]?.adoptedOn).toBe('2015-12-16');
  });
  // A day with its ordinal's letters, as a chair reads it out; not a number of something else after "of".
  it.each([
    ['resolution 98/240 of 31st December 2098', '2098-12-31'],
    ['resolution 98/240 of 2nd March 2098', '2098-03-02'],
    ['resolution 98/240 of 22nd session', undefined],
    ['resolution 98/240 of 3rd Committee 2098', undefined],
  ])('adoption date with an ordinal day: %s', (text, want) => {
    expect(findSymbols(text)[0]?.adoptedOn).toBe(want);
  });
});
