// UN symbol grammar (issue 3, item 3): document symbols (A/RES/70/125, E/CN.16/2018/CRP.3, a joint
// A/67/66-E/2012/49) and resolution numbers ("General Assembly resolution 66/184", "resolution 70/125 of 16
// December 2015", lists "56/183, 57/238 and 59/220"). A resolution adopted in parts carries a part letter:
// "57/270 B" (also written "57/270B") is A/RES/57/270 B, one symbol however it is spaced.

import { matchesOf } from '../matches.ts';
import { firstDate } from '../parse/dates.ts';
import { anchoredMatches } from './anchored-matches.ts';
import { adoptedAfter } from './symbol-adopted-after.ts';
import { councilDayOf } from './symbol-council-day.ts';
import { councilResolutions } from './symbol-council-numbers.ts';
import { listNext } from './symbol-list-next.ts';
import { otherOrgan } from './symbol-other-organs.ts';
import { partLetter } from './symbol-part-letter.ts';
import { GLUED_AT, SYMBOL, SYMBOL_HYPHEN } from './symbol-patterns.ts';
import { assemblyResolutionNamed } from './symbol-resolution-word.ts';
import { seriesSiblings } from './symbol-series-lists.ts';
import { organBySessionDate } from './symbol-session-date.ts';
import { spacedSeries } from './symbol-spaced-series.ts';
import { normaliseWsis } from './symbol-wsis.ts';

export interface FoundSymbol {
  readonly symbol: string;
  readonly kind: 'resolution' | 'decision' | 'document';
  readonly index: number;
  readonly length: number;
  readonly adoptedOn?: string;
}

// A law library's citation abbreviates both: "Science and technology for development, G.A. res. 48/179, 48
// U.N. GAOR Supp. (No. 49)" (the University of Minnesota's copy of the resolution) is A/RES/48/179; "E.S.C.
// res. 2006/46" the Council's. A bare "res." names no organ and is left alone.
// Sticky, tried only in the four words before each "resolution 70/" (anchored-matches.ts; "Economic and
// Social Council" is the longest organ before it): from every position of a text its organs were tried.
const NUMBERED =
  /(?:\b(General Assembly|Economic and Social Council|ECOSOC|Council)\s+|(?<![\p{L}.])(G\.A\.|E\.S\.C\.)\s+)?(resolution|decision|res\.)s?\s+(\d{1,4}\/\d{1,3})/iuy;
const NUMBER_NOUN = /(?:resolution|decision|res\.)s?\s+\d{1,4}\//giu;
const ORGAN_WORDS = 4;
const anyStart = (): boolean => true;
// The day may carry its ordinal's letters, as a chair reads the date out: "established pursuant to General
// Assembly resolution 75/240 of 31st December 2020" (a transcript of the OEWG 2021–2025).
const ADOPTED_ON = /^\)?\s+of\s+(\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4})/;
const ADOPTED_ON_BARE = /^\s+of\s+(\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4})/;

export function normaliseSymbol(raw: string): string {
  if (raw.startsWith('WSIS')) return normaliseWsis(raw);
  return raw
    .replace(/\/Res\//i, '/RES/')
    .replace(/\/Dec\//i, '/DEC/')
    .replace(/\/l(?=\.\d)/, '/L')
    .replace(/[./][Rr]ev\.(?=\d)/, '/Rev.')
    .replace(/[–—−]/g, '-')
    .replace(GLUED_AT, '-')
    .replace(/[.,;]+$/, '');
}

/** The symbols a joint symbol is made of: "A/66/64-E/2011/77" is also "A/66/64" and "E/2011/77". */
export function jointParts(symbol: string): string[] {
  // "WSIS-II/PC-3/DOC/5": the summit's hyphens join no two organs (symbol-wsis.ts).
  if (symbol.startsWith('WSIS')) return [symbol];
  const parts = normaliseSymbol(symbol).split(/-(?=[A-Z]{1,6}(?:\.\d+)?\/)/);
  return parts.length > 1 ? [symbol, ...parts] : [symbol];
}

/**
 * A resolution number at `index` whose digits end at `end`: with its part letter, and the adoption date
 * after it (`close`: also after a closing bracket, "(A/RES/70/125) of …") kept in its length when `dated`.
 */
function numbered(
  text: string,
  symbol: string,
  kind: 'resolution' | 'decision',
  at: { index: number; end: number; close: boolean; dated: boolean },
): FoundSymbol {
  const part = partLetter(text, at.end);
  const to = at.end + (part?.length ?? 0);
  const adopted = (at.close ? ADOPTED_ON : ADOPTED_ON_BARE).exec(text.slice(to, to + 40));
  // The Council's number gives the year a bare "of 19 July" lacks (symbol-council-day.ts).
  const day = adopted ? undefined : councilDayOf(symbol, text.slice(to, to + 40));
  if (day)
    return {
      symbol: part ? `${symbol} ${part.letter}` : symbol,
      kind,
      index: at.index,
      length: to + (at.dated ? day.length : 0) - at.index,
      adoptedOn: day.on,
    };
  return {
    symbol: part ? `${symbol} ${part.letter}` : symbol,
    kind,
    index: at.index,
    length: to + (adopted && at.dated ? adopted[0].length : 0) - at.index,
    adoptedOn: adopted ? firstDate(adopted[1]!)?.start : adoptedAfter(text.slice(to)),
  };
}

/** A bare number read as the Assembly's, by its day: the Council's when its day is (symbol-session-date.ts). */
function byDay(s: FoundSymbol): FoundSymbol {
  const m = /^A\/(?:RES|DEC)\/(\d{1,3}\/\d+)/.exec(s.symbol);
  if (!m || organBySessionDate(m[1]!, s.adoptedOn) === 'A') return s;
  return { ...s, symbol: `A/HRC/${s.symbol.slice(2)}` };
}

export function findSymbols(text: string, joints: 'dash' | 'hyphen' = 'hyphen'): FoundSymbol[] {
  // The Security Council's "resolution 2341 (2017)" has no slash (symbol-council-numbers.ts).
  const council = councilResolutions(text);
  // A symbol has two slashes, a resolution number one: a text without any (most passages) is not searched.
  if (!text.includes('/')) return council;
  const out: FoundSymbol[] = [];
  for (const m of matchesOf(joints === 'dash' ? SYMBOL : SYMBOL_HYPHEN, text)) {
    const raw = m[1]!;
    // A symbol inside a link ("…/Get?Open&DS=A/RES/57/270B&Lang=E") is the link's: the address runs up to it with
    // no space. A link cut at the end of the line above ("… 79 http://www.wipo.i" over the masthead's
    // "A/69/65–E/2014/12", a document-sharing site's copy) ends at that line's end.
    if (!/\d/.test(raw) || /https?:\/\/\S*$/.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // A catalogue's short form without the organ ("RES/26/13 The promotion, protection and enjoyment …", a
    // right-docs page on A/HRC/RES/26/13) names no document: the organ is what makes the symbol.
    if (/^(?:RES|DEC)\//.test(raw)) continue;
    // "A/77/L. 109" (a PDF copy's space): the series number is the symbol's; a bare "A/77/L" is none.
    const series = spacedSeries(text, raw, m.index + raw.length);
    if (series === null) continue;
    const written = normaliseSymbol(series?.symbol ?? raw);
    const symbol = series ? written : (assemblyResolutionNamed(text, m.index, written) ?? written);
    const kind = /\/RES\//.test(symbol) ? 'resolution' : /\/DEC\//.test(symbol) ? 'decision' : 'document';
    if (kind !== 'document') {
      const end = m.index + raw.length;
      out.push(numbered(text, symbol, kind, { index: m.index, end, close: true, dated: false }));
      continue;
    }
    const after = m.index + raw.length + (series?.extra ?? 0);
    const adopted = ADOPTED_ON.exec(text.slice(after, after + 40));
    out.push({
      symbol,
      kind,
      index: m.index,
      length: raw.length + (series?.extra ?? 0),
      adoptedOn: adopted ? firstDate(adopted[1]!)?.start : undefined,
    });
    // "A/C.2/66/SR.24, 34 and 40", "A/C.2/66/SR.2-6": the series' other numbers.
    out.push(...seriesSiblings(text, symbol, after));
  }
  for (const m of anchoredMatches(NUMBERED, NUMBER_NOUN, text, ORGAN_WORDS, anyStart)) {
    if (out.some((s) => s.index >= m.index && s.index < m.index + m[0].length)) continue;
    const cited = m[2]?.toUpperCase();
    if (/^res\.$/i.test(m[3]!) && cited === undefined) continue;
    const body = (m[1] ?? '').toLowerCase();
    const num = m[4]!;
    const organ = cited ? undefined : otherOrgan(text, m.index, m.index + m[0].length, m[1] ?? '', num);
    if (organ === null) continue;
    // A one-digit session is the Human Rights Council's early years ("Human Rights Council resolution 7/36",
    // a Special Rapporteur's report of 2010): read only when the Council is named, never as the Assembly's
    // A/RES/7/36 of 1952.
    if (/^\d\//.test(num) && organ !== 'A/HRC') continue;
    const economic =
      body.includes('economic') || body === 'ecosoc' || cited === 'E.S.C.' || /^\d{4}\//.test(num);
    const kindWord = m[3]!.toLowerCase() === 'decision' ? 'DEC' : 'RES';
    const kind = kindWord === 'DEC' ? 'decision' : 'resolution';
    const prefix = organ ?? (economic ? 'E' : 'A');
    // The Assembly's by default only, not where it is named ("General Assembly resolution 70/125", "G.A. res.").
    const assembly = body.includes('assembly') || cited === 'G.A.';
    const end = m.index + m[0].length;
    const first = numbered(text, `${prefix}/${kindWord}/${num}`, kind, {
      index: m.index,
      end,
      close: false,
      dated: true,
    });
    out.push(organ === undefined && !assembly ? byDay(first) : first);
    // "its resolutions 56/183 of 21 December 2001, 57/270 B of 23 June 2003 and 70/125 …": the rest of the list.
    let at = first.index + first.length;
    for (let dated = first.adoptedOn !== undefined; ; ) {
      const next = listNext(text.slice(at), dated);
      if (!next) break;
      const n = next.number;
      const start = at + next.offset;
      const item = numbered(
        text,
        `${organ ?? (economic || /^\d{4}\//.test(n) ? 'E' : 'A')}/${kindWord}/${n}`,
        kind,
        { index: start, end: start + n.length, close: false, dated: true },
      );
      out.push(organ === undefined && !assembly ? byDay(item) : item);
      at = item.index + item.length;
      dated = item.adoptedOn !== undefined;
    }
  }
  for (const c of council)
    if (!out.some((s) => s.index < c.index + c.length && c.index < s.index + s.length)) out.push(c);
  return out.sort((a, b) => a.index - b.index);
}
