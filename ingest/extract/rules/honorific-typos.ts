// A long honorific mistyped before a name, on web pages copied by hand: "The OEWG is chaired by Ambassdaor X,
// Permanent Representative of …" (two letters swapped), "Ambasador X" (one dropped), "Proffessor X" (one
// doubled). Without this the misspelt word opens the name a post after it marks (titled-people.ts: "Ambassdaor
// X Y", a person of its own beside "Ambassador X Y"). Only honorifics of seven letters or more: a short word
// one letter off is often another word or a name ("Mrs" / "Mr", "Dame" / "Dam").

const LONG = ['Ambassador', 'Professor', 'Honourable', 'Honorable', 'Excellency'];

/** Whether a and b differ by one swap of two adjacent letters, or one letter dropped or doubled in a. */
function oneSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const i = [...a].findIndex((c, k) => c !== b[k]);
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}

/** The honorific `word` is a slip of ("Ambassdaor" → "Ambassador"), or undefined. */
export function honorificSlip(word: string): string | undefined {
  if (word.length < 7) return undefined;
  const hon = LONG.find((h) => oneSlip(word, h));
  return hon === 'Honorable' ? 'Honourable' : hon;
}
