// A masthead's place line whose days run over two months (rules/meeting-place.ts PLACE_LINE): "Substantive
// session of 2098 New York, 30 June - 25 July 2098" (the form of A/63/72–E/2008/48) is held in New York.
// A month alone before the dash is no city, and a date with no place before it gives none. Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const cityOf = (text: string) =>
  extractText(text).nodes.find((n) => n.id === 'meeting:ecosoc-substantive-session-2098')?.properties.city;

describe('a place line over two months', () => {
  it.each([
    ['New York, 30 June - 25 July 2098', 'New York'],
    ['Geneva, 30 June–25 July 2098', 'Geneva'],
    ['Geneva, 3–28 July 2098', 'Geneva'],
    // Negative: no place before the days.
    ['30 June - 25 July 2098', undefined],
  ])('%s', (line, city) => {
    const text = `Economic and Social Council Substantive session of 2098\n${line}\nItem 13 (b) of the provisional agenda`;
    expect(cityOf(text)).toBe(city);
  });
});
