// A document symbol whose last part is a series ("L", "Add", "Rev", "Corr", "CRP", "INF", "WP", "Misc") is
// only whole with its number: "A/77/L.109". A text taken out of a PDF letter sometimes puts a space after the
// full stop ("the draft decision, to be issued as document A/77/L. 109", a President of the General
// Assembly's letter on the Summit of the Future); the symbol grammar then stops at "A/77/L", a symbol no
// document bears. The number after ". " is the symbol's own; a series left without any number is no
// citation at all (precision first: no Document node for "A/77/L").

const SERIES_END = /\/(?:L|Add|Rev|Corr|CRP|INF|WP|Misc)$/;
const SPACED_NUMBER = /^\. (\d{1,4})(?![\d/]|\.\d)/;

/**
 * For a symbol `raw` found at `end` in `text`: the symbol completed by a spaced series number with the
 * characters it takes, `null` for a series part left without its number, undefined for any other symbol.
 */
export function spacedSeries(
  text: string,
  raw: string,
  end: number,
): { symbol: string; extra: number } | null | undefined {
  if (!SERIES_END.test(raw)) return undefined;
  const m = SPACED_NUMBER.exec(text.slice(end, end + 8));
  return m ? { symbol: `${raw}.${m[1]}`, extra: m[0].length } : null;
}
