// A General Assembly document symbol the text calls a resolution: "the UN General Assembly Resolution
// A/70/125 (the outcome document of the review of the ten-year implementation of the World Summit …)"
// (Digital Watch's notices of the WGEC 2016–2018 meetings). The Assembly's resolutions are numbered
// A/RES/<session>/<number>; "A/70/125" written right after the word "resolution" is resolution 70/125
// (symbol-grammar.ts). Only a plain session/number symbol counts: "A/70/125/Add.1", "A/C.2/70/L.5" and
// "the report A/70/125" stay documents.

const PLAIN_ASSEMBLY = /^A\/(\d{2})\/(\d{1,4})$/;
const RESOLUTION_WORD = /\bresolution\s+$/i;

/** The resolution's symbol when `symbol` at `index` of `text` is an Assembly symbol called a resolution. */
export function assemblyResolutionNamed(text: string, index: number, symbol: string): string | undefined {
  const m = PLAIN_ASSEMBLY.exec(symbol);
  if (!m || !RESOLUTION_WORD.test(text.slice(Math.max(0, index - 12), index))) return undefined;
  return `A/RES/${m[1]}/${m[2]}`;
}
