// A person's surname in capitals is the UN's way of setting it apart, not how the name is spelt: "H.E. Ms.
// Faouzia BOUMAIZA MEBARKI", "Mr. Antonio DE ALMEIDA RIBEIRO" (UNODC's list of the cybercrime Ad Hoc
// Committee's officers), ">> JUNHUA LI:" (an IGF transcript's speaker line). The display name is the name in
// its usual case, "Faouzia Boumaiza Mebarki"; ids and aliases compare names without case already, so the
// person is the same node either way. Quotes keep the capitals: they are copied, a name is not.

// A word in capitals: two letters or more, with a name's hyphens and apostrophes ("GEORGE-MARIA", "O'BRIEN").
const CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
// A regnal or generational numeral after a name stays as written ("John Example III").
const NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/;
// Particles of Iberian, Dutch, German and Arabic surnames, in lower case inside a name ("Antonio de Almeida
// Ribeiro", "Musa bin Jafar bin Hassan"); "La", "Le", "Di", "Al", "El" are written capitalised as often, and kept so.
const PARTICLE = /^(?:DE|DA|DAS|DO|DOS|DEL|VAN|VON|DER|DEN|BIN|BINT)$/;

/** One word in capitals in its usual case: "MEBARKI" → "Mebarki", "GEORGE-MARIA" → "George-Maria", "MCDONALD" → "McDonald". */
function wordCase(word: string): string {
  const lower = word.toLowerCase();
  // Capital after a hyphen or an apostrophe, and after "Mc".
  return lower.replace(/(^mc|^|[-'’])(\p{Ll})/gu, (_, before: string, c: string) =>
    before.toLowerCase() === 'mc' ? `Mc${c.toUpperCase()}` : `${before}${c.toUpperCase()}`,
  );
}

/**
 * A name written in capitals in its usual case, every word in capitals re-cased: "AL-HADHRAMI" → "Al-Hadhrami",
 * "ANTONIO DE ALMEIDA RIBEIRO" → "Antonio de Almeida Ribeiro", "O'BRIEN" → "O'Brien". Rules that read a name from
 * a heading or a speaker line in capitals call it; a single word is re-cased too.
 */
export function nameFromCapitals(name: string): string {
  const words = name.split(' ');
  return words
    .map((w, i) => {
      if (!CAPS_WORD.test(w) || (i > 0 && i === words.length - 1 && NUMERAL.test(w))) return w;
      if (i > 0 && i < words.length - 1 && PARTICLE.test(w)) return w.toLowerCase();
      return wordCase(w);
    })
    .join(' ');
}

/** A person's display name with its words in capitals in their usual case; a name of one word stays as written. */
export function personNameCase(name: string): string {
  const words = name.split(' ');
  if (words.length < 2 || !words.some((w) => CAPS_WORD.test(w))) return name;
  return nameFromCapitals(name);
}
