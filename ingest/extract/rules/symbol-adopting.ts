// The organ whose resolution a symbol is (organOf), and the organ that adopts it in the words around its number, named in full or by its short name:
// "Unanimously adopting resolution 2341 (2017), the Council encouraged all States …" (SC/12714, a Security
// Council press release), "The Council today unanimously adopted resolution 2341 (2017)", "Adopting
// resolution 79/1 without a vote, the General Assembly endorsed …". The organ must be the one the symbol
// names (symbols.ts): "the Council" after an S/RES number is the Security Council, after an E/RES one the
// Economic and Social Council. Read by symbols.ts, which makes the organ PRODUCE the resolution.

export type Organ = 'organization:general-assembly' | 'organization:ecosoc' | 'organization:security-council';

/** Each organ's name in full: a quote that names it after the number runs on to it (symbols.ts). */
export const ORGAN_NAME: Record<Organ, string> = {
  'organization:general-assembly': 'General Assembly',
  'organization:ecosoc': 'Economic and Social Council',
  'organization:security-council': 'Security Council',
};

/** The organ `name` names in full (ORGAN_NAME), if any: "General Assembly" → the General Assembly. */
export function organNamed(name: string | undefined): Organ | undefined {
  for (const organ of Object.keys(ORGAN_NAME) as Organ[]) if (ORGAN_NAME[organ] === name) return organ;
  return undefined;
}

/**
 * The organ a resolution's symbol names (UN symbol grammar): A/ the General Assembly, E/RES the Economic and
 * Social Council, S/RES the Security Council. A Human Rights Council resolution (A/HRC/RES/…) is not the
 * General Assembly's.
 */
export function organOf(symbol: string): Organ | undefined {
  if (symbol.startsWith('A/'))
    return symbol.startsWith('A/HRC/') ? undefined : 'organization:general-assembly';
  if (symbol.startsWith('E/RES')) return 'organization:ecosoc';
  if (symbol.startsWith('S/RES')) return 'organization:security-council';
  return undefined;
}

const NAMES: Record<Organ, string> = {
  'organization:general-assembly': 'General Assembly|UNGA|Assembly',
  'organization:ecosoc': 'Economic and Social Council|ECOSOC|Council',
  'organization:security-council': 'Security Council|UNSC|Council',
};

// The participle opening its sentence: "Unanimously adopting ", "By adopting ", "Adopting ".
const PARTICIPLE =
  /(?:^|[.;:]\s+|\n\s*)(?:(?:Unanimously|Also|Further|By|In|Upon|Then)\s+)?(?:unanimously\s+)?[Aa]dopting\s+(?:its\s+)?(?:[Rr]esolution\s+)?$/;
// What may stand between the participle's resolution and its subject: "(2017)", "without a vote",
// "by a vote of 13 in favour to none against, with 2 abstentions", an aside without a stop.
const TO_SUBJECT = (names: string) => new RegExp(`^[^.;]{0,120}?,\\s+the\\s+(?:${names})\\b`, 'u');
// The organ as the verb's subject right before: "the Council today unanimously adopted ".
const ACTIVE = (names: string) =>
  new RegExp(
    `\\b[Tt]he\\s+(?:${names})\\s+(?:(?:today|also|then|further|formally|unanimously|on\\s+\\d{1,2}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?),?\\s+){0,3}adopted\\s+(?:its\\s+)?(?:[Rr]esolution\\s+)?$`,
    'u',
  );

const AFTER = new Map<Organ, RegExp>();
const BEFORE = new Map<Organ, RegExp>();
for (const organ of Object.keys(NAMES) as Organ[]) {
  AFTER.set(organ, TO_SUBJECT(NAMES[organ]));
  BEFORE.set(organ, ACTIVE(NAMES[organ]));
}

/**
 * Whether `organ` adopts the resolution whose number is at `index` (of `length`) in `text`: the offset just
 * past the organ's name when it is named after the number (the quote runs on to it), -1 when before it,
 * undefined when the words around say nothing of its adoption.
 */
export function adoptingOrgan(text: string, index: number, length: number, organ: Organ): number | undefined {
  const before = text.slice(Math.max(0, index - 80), index);
  if (BEFORE.get(organ)!.test(before)) return -1;
  if (!PARTICIPLE.test(before)) return undefined;
  const m = AFTER.get(organ)!.exec(text.slice(index + length, index + length + 200));
  return m ? index + length + m[0].length : undefined;
}
