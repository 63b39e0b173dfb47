// Ordinals in words and figures: "first", "twenty-first", "fifth and final",
// "18th", "2nd". Used for meetings, sessions and IGF editions.

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS_ORD = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORDS = new Map<string, number>();
for (let n = 1; n < 100; n++) WORDS.set(ordinalWord(n), n);

// Past ninety-nine the figures: UNESCO's Executive Board meets in its "196th session" (CONNECTing the Dots
// conference page, 2015), which no document spells out; the word tables stop at 99 ("undefined-sixth").
export function ordinalWord(n: number): string {
  if (n >= 100) return ordinalNumeral(n);
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? TENS_ORD[t]! : `${TENS[t]}-${UNITS[u]}`;
}

/** Regular-expression source matching one ordinal in words or figures. */
export const ORDINAL_SOURCE =
  '(?:\\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)';

export function parseOrdinal(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '-');
  const fig = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(t);
  if (fig) return Number(fig[1]);
  return WORDS.get(t);
}

/** 18 → "18th", 21 → "21st", 112 → "112th". */
export function ordinalNumeral(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
