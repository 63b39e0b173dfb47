// A Human Rights Council resolution cites its own earlier ones as "its resolutions": "Recalling further its
// resolutions 20/8 of 5 July 2012 and 26/13 of 26 June 2014 on the promotion, protection and enjoyment of
// human rights on the Internet" (A/HRC/RES/28/16, preamble) names the Council's A/HRC/RES/20/8 and 26/13.
// A bare number there is otherwise left out (symbols.ts, bareAssembly); "its" makes it the Council's, the
// list read on from "its resolutions" over numbers, dates and subjects naming no other organ or instrument.

// The first number's own match starts at "resolutions" (right after "its"), the others later in the list.
const ITS_LIST = /\b[Ii]ts\s+(?:(?:resolutions?|decisions?)\s+([^;]{0,300}))?$/;
const OTHER =
  /\b(?:General Assembly|Assembly|Economic and Social Council|Commission|resolutions?|decisions?)\b/;

/** The Council's own symbol for an "A/RES/…" or "A/DEC/…" number cited as "its resolution(s)", else undefined. */
export function councilOwnSymbol(text: string, index: number, symbol: string): string | undefined {
  if (!/^A\/(?:RES|DEC)\//.test(symbol)) return undefined;
  const m = ITS_LIST.exec(text.slice(Math.max(0, index - 300), index));
  if (!m || OTHER.test(m[1] ?? '')) return undefined;
  return symbol.replace(/^A\//, 'A/HRC/');
}
