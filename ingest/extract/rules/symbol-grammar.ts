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
import { assemblyResolutionNamed } from './symbol-resolution-word.ts';
import { seriesSiblings } from './symbol-series-lists.ts';
import { spacedSeries } from './symbol-spaced-series.ts';

export interface FoundSymbol {
  readonly symbol: string;
  readonly kind: 'resolution' | 'decision' | 'document';
  readonly index: number;
  readonly length: number;
  readonly adoptedOn?: string;
}

// A number part is "125" or "16.2" but never ends with a full stop: "… A/RES/70/125." ends the
// sentence, not the symbol. Two symbols joined by a hyphen or an en/em dash are one joint symbol,
// a report to two organs ("A/66/64–E/2011/77", the masthead of the Secretary-General's report).
// A copy converted from PDF may join them with a minus sign (U+2212): "United Nations A/73/66−E/2018/10"
// (a document-sharing site's copy of the 2018 WSIS report) is the same joint symbol.
// A copy may write the series in lower case: "(A/HRC/res/26/13, June 2014; A/HRC/res/20/8, June 2012)" (an
// NGOs' open letter on A/HRC/32/L.20); normaliseSymbol writes it RES. A draft's "L." typed in lower case before
// its number ("(document A/79/l.118)", a press release on the Assembly's AI resolution) is the draft's L.
// A revision typed in lower case, after a slash or run on with a full stop ("in its decision
// A/76/L.33.rev.1 of 20 January 2022", UNODC's Ad Hoc Committee page), is the draft's revision A/76/L.33/Rev.1.
// A symbol opens with its organ's letters: a lone capital with a number ("N.16/2005/5") is the tail of a
// subsidiary's part cut from its head where a PDF copy broke the line inside it ("E/2005/31E/C" | "N.16/2005/5",
// a document-sharing site's copy of the CSTD's report E/2005/31-E/CN.16/2005/5), no symbol of its own. A
// series of two letters or more keeps the number it may take.
const PART =
  '(?:[A-Z]{2,6}(?:\\.\\d+)?|[A-Z])(?:\\/(?:[A-Z][A-Za-z]*|res|dec|l(?=\\.\\d)|rev(?=\\.\\d)|\\d+(?:\\.\\d+)*)(?:\\.\\d+)?){2,7}(?:\\.[Rr]ev\\.\\d+)?';
const JOINED = '[A-Z](?:\\/(?:[A-Z][A-Za-z]*|\\d+)(?:\\.\\d+)?)+';
// A joint symbol whose dash the copy lost: "A/70/63E/2015/10" (a web copy of the Secretary-General's WSIS
// report), or "A/71/67*E/2016/51*" with only the reissue star between the halves. No symbol part is digits
// run into a capital and a slash, so the Council half (a year after its letter) is the joint's other half.
// The Council half may be a subsidiary's, its series before the year: "E/2005/31E/CN.16/2005/5" (a copy of a
// CSTD report's cover, E/2005/31-E/CN.16/2005/5).
const GLUED = `\\*?(?=[A-Z]\\/(?:[A-Z]{1,4}\\.\\d+\\/)?\\d{4}\\/)${JOINED}`;
const GLUED_AT = /(?<=\/\d+)\*?(?=[A-Z]\/(?:[A-Z]{1,4}\.\d+\/)?\d{4}\/)/;
// A footnote's number run into its text where a web page flattened the notes into the paragraph: "agreed by
// consensus,2A/75/816." and "the current OEWG,4A/77/275 and A/78/265 respectively." (a web copy of an OEWG
// progress report; "the follow-up process,6E/2006/85.", dig.watch's ECOSOC resolution 2006/46): one or two digits right after punctuation are the note's number, not the symbol's.
// After a space too: "the 2021 OEWG on developments in the field of ICTs in the context of international
// security 2A/75/816 and the consensus reports of the 2010, 2013, 2015, and 2021 GGEs. 3A/65/201, A/68/98" (the
// same site's copy of the first progress report): no symbol opens with a digit, so the digits are the note's.
// Not after a noun a number labels ("the item 2A/98/816", "page 3A/…"): that number is the item's.
const LABELLED =
  '(?<!(?:[Ii]tems?|[Pp]ages?|[Pp]aras?|[Pp]aragraphs?|[Aa]nnex(?:es)?|[Cc]hapters?|[Ss]ections?|[Rr]ooms?|[Tt]ables?|[Ff]igures?|[Nn]o\\.)\\s[1-9]\\d?)';
const START = `(?:(?<![\\w/.:-])|(?<=[,.;)”"’][1-9]\\d?)|(?<=\\s[1-9]\\d?)${LABELLED})`;
// ECLAC's series take one part after the body's "LC": "Distr. GENERAL LC/G.2491 25 April 2011" (the report of
// the third Ministerial Conference on the Information Society in Latin America and the Caribbean), "LC/R.2144"
// (the San Salvador Commitment), "LC/L.3265". Its longer ones ("LC/CAR/L.123") are PART's.
const ECLAC = 'LC\\/[A-Z]{1,3}\\.\\d{3,5}(?:\\/Rev\\.\\d+)?(?![\\w/])';
const SYMBOL = new RegExp(`${START}(${ECLAC}|${PART}(?:[-–—−]${JOINED}|${GLUED})?)`, 'g');
// The masthead (document-masthead.ts) still reads a dash-joined masthead as two symbols and joins them
// itself, keeping each half as the document's alias; it asks for hyphen joints only.
const SYMBOL_HYPHEN = new RegExp(`${START}(${ECLAC}|${PART}(?:-${JOINED}|${GLUED})?)`, 'g');
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
    const end = m.index + m[0].length;
    const first = numbered(text, `${prefix}/${kindWord}/${num}`, kind, {
      index: m.index,
      end,
      close: false,
      dated: true,
    });
    out.push(first);
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
      out.push(item);
      at = item.index + item.length;
      dated = item.adoptedOn !== undefined;
    }
  }
  for (const c of council)
    if (!out.some((s) => s.index < c.index + c.length && c.index < s.index + s.length)) out.push(c);
  return out.sort((a, b) => a.index - b.index);
}
