// The Security Council numbers its resolutions in one running series, the year of adoption in brackets after
// the number: "Unanimously adopting resolution 2341 (2017), the Council encouraged all States …" (SC/12714, the
// Council's open debate on the protection of critical infrastructure) is S/RES/2341 (2017); "resolutions 1373
// (2001) and 2341 (2017)" lists two. No other organ writes a bare number with a year in brackets: the General
// Assembly's and the Council's own early numbers carry a session in Roman figures ("1721 (XVI)"), the
// Assembly's and ECOSOC's later ones a slash ("70/125", "2006/46"), ITU's a revision ("102 (Rev. Busan, 2014)").
// A number after another organ's name ("ITU Council Resolution 1305 (2009)") is that organ's and left out.
// The Council's series grows with time, so a number and its year agree: resolution 1325 is of 2000, 2341 of
// 2017. ITU's Council numbers its resolutions in the same range with a year in brackets too ("Resolution 1305
// (2009)" in a CWG-Internet report, where the Security Council's 1305 is of 2000), UNESCO's General Conference
// from 1 each session ("Resolution 44 (2011)"): a year more than about a year from the series' is not the
// Council's.

import { firstDate } from '../parse/dates.ts';
import type { FoundSymbol } from './symbol-grammar.ts';

const NUMBER = '(\\d{1,4})\\s*\\(((?:19[4-9]|20\\d)\\d)\\)';
const FIRST = new RegExp(`\\b[Rr]esolutions?\\s+${NUMBER}`, 'g');
// The rest of a list: ", 1373 (2001)", ", and 2341 (2017)", " and 2341 (2017)".
const NEXT = new RegExp(`^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${NUMBER}`);
// An organ named right before "resolution" that is not the Security Council.
const OTHER_ORGAN =
  /(?:(?<!Security\s)Council|ITU|Conference|Assembly|Board|Commission|Committee|WHA|UNESCO|\bEX)\s+$/;
const ADOPTED_ON = /^\s+of\s+(\d{1,2}\s+\p{L}+\s+\d{4})/u;

// Some of the Council's resolutions with their years (general knowledge), the series between them taken as even.
const SERIES: readonly (readonly [number, number])[] = [
  [1, 1946],
  [82, 1950],
  [242, 1967],
  [338, 1973],
  [598, 1987],
  [678, 1990],
  [827, 1993],
  [955, 1994],
  [1244, 1999],
  [1325, 2000],
  [1373, 2001],
  [1540, 2004],
  [1701, 2006],
  [1973, 2011],
  [2118, 2013],
  [2254, 2015],
  [2341, 2017],
  [2532, 2020],
  [2720, 2023],
];

/** Whether the Council's resolution `num` can be of `year`: within a year and a half of the series. */
export function councilYearFits(num: number, year: number): boolean {
  const last = SERIES[SERIES.length - 1]!;
  if (num > last[0]) return year >= last[1];
  const i = SERIES.findIndex(([n]) => n >= num);
  const [n1, y1] = SERIES[Math.max(0, i - 1)]!;
  const [n2, y2] = SERIES[i]!;
  const expected = n2 === n1 ? y2 : y1 + ((num - n1) / (n2 - n1)) * (y2 - y1);
  return Math.abs(year - expected) <= 1.5;
}

/** The Security Council resolutions "resolution 2341 (2017)" cites in `text`. */
export function councilResolutions(text: string): FoundSymbol[] {
  if (!text.includes('esolution')) return [];
  const out: FoundSymbol[] = [];
  FIRST.lastIndex = 0;
  for (let m = FIRST.exec(text); m; m = FIRST.exec(text)) {
    if (OTHER_ORGAN.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!councilYearFits(Number(m[1]), Number(m[2]))) continue;
    out.push(found(text, m[1]!, m[2]!, m.index, m[0].length));
    for (let at = m.index + m[0].length; ; ) {
      const n = NEXT.exec(text.slice(at));
      if (!n || !councilYearFits(Number(n[1]), Number(n[2]))) break;
      const start = at + n[0].search(/\d/);
      out.push(found(text, n[1]!, n[2]!, start, at + n[0].length - start));
      at += n[0].length;
    }
  }
  return out;
}

function found(text: string, num: string, year: string, index: number, length: number): FoundSymbol {
  const on = ADOPTED_ON.exec(text.slice(index + length, index + length + 30))?.[1];
  const adoptedOn = (on ? firstDate(on)?.start : undefined) ?? year;
  return { symbol: `S/RES/${num} (${year})`, kind: 'resolution', index, length, adoptedOn };
}
