// A Roman numeral after a titled gathering noun numbers that gathering: "Virtual Meeting XI, 27 October 2016"
// (the IGF Secretariat's summaries of the NRIs' virtual planning meetings), "Summary of MAG Virtual Meeting X -
// Wednesday, August 8, 2018" (a MAG member's notes). It is part of the name, never a place after it (no city
// "XI"). Only after a capitalised noun and before a comma, colon, dash or the line's end: "the meeting I
// attended" numbers nothing.

// I to LXXXIX, in the usual grammar: "DILI" (a capital's name in capitals) is no numeral.
const NUMERAL = /^(?=[IVXL])(?:L?X{0,3}|XL|XC)(?:IX|IV|V?I{0,3})$/;
const AFTER = /^[ \t]+([IVXL]{1,7})(?=[ \t]*(?:[,:;–—-]|\n|$))/;

/** Whether `word` is a Roman numeral (I to LXXXIX). */
export const isRomanNumeral = (word: string): boolean => NUMERAL.test(word);

/**
 * The numeral's words (" XI") right after a gathering noun that ends at `at` in `text`, when the noun is
 * capitalised (`noun` is the name found so far, words before its noun).
 */
export function numeralAfter(text: string, at: number, noun: string): string | undefined {
  // A noun alone is no name, numbered or not: "(MAG) Meeting IX" stays the title's (a MAG summary's heading).
  if (!/\S\s+\p{Lu}\p{Ll}+$/u.test(noun)) return undefined;
  const m = AFTER.exec(text.slice(at, at + 12));
  return m && isRomanNumeral(m[1]!) ? m[0] : undefined;
}
