// The numbers that go on a document symbol of a numbered series: a Main Committee's report lists its summary
// records as "(A/C.2/66/SR.24, 34 and 40)" and its general debate as "(see A/C.2/66/SR.2-6)" (the Second
// Committee's report on ICTs for development, A/66/… of 2011); a plenary's records are cited the same way
// ("A/70/PV.74 and 75"). Each number is a symbol of the same series: A/C.2/66/SR.34, A/C.2/66/SR.40; a range
// is every symbol in it (SR.2 to SR.6). Only a bare number continues the series: "A/66/L.5, 6 December 2011"
// dates the draft, and a number going on with a slash or a full stop and digits is a symbol of its own.

import type { FoundSymbol } from './symbol-grammar.ts';

const SERIES_NUMBERED = /^(.*\/(?:SR|PV|L|Add|Rev|Corr|CRP|INF|WP)\.)(\d{1,4})$/;
// A bare number ends at a bracket, a comma, "and", a semicolon, a clause's full stop or the line's end.
const ITEM_END = String.raw`(?=\s*(?:[,;)\]]|\band\b|\.(?!\d)|$))`;
const NEXT = new RegExp(String.raw`^(?:,\s*|,?\s+and\s+)(\d{1,4})(?![\d/\p{L}-]|\.\d)${ITEM_END}`, 'u');
const RANGE = /^[-–](\d{1,4})(?![\d/.])/;
// A longer run is no range of records a report cites, but a misread.
const MAX_RANGE = 20;

/** The symbols of the same series that follow symbol `symbol`, written up to `end` of `text`. */
export function seriesSiblings(text: string, symbol: string, end: number): FoundSymbol[] {
  const m = SERIES_NUMBERED.exec(symbol);
  if (!m) return [];
  const [, stem, first] = m;
  const out: FoundSymbol[] = [];
  const range = RANGE.exec(text.slice(end, end + 6));
  if (range) {
    const to = Number(range[1]);
    const from = Number(first);
    if (to <= from || to - from > MAX_RANGE) return out;
    for (let n = from + 1; n <= to; n++)
      out.push({ symbol: `${stem}${n}`, kind: 'document', index: end + 1, length: range[1]!.length });
    return out;
  }
  let at = end;
  for (let i = 0; i < 12; i++) {
    const next = NEXT.exec(text.slice(at, at + 24));
    if (!next) break;
    const index = at + next[0].length - next[1]!.length;
    out.push({ symbol: `${stem}${next[1]}`, kind: 'document', index, length: next[1]!.length });
    at = index + next[1]!.length;
  }
  return out;
}
