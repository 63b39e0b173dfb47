// A resolution adopted in parts carries a part letter after its number (symbol-grammar.ts): "57/270 B", also
// written "57/270B", is A/RES/57/270 B.

// The part letter after a resolution number: glued ("270B") or after one space ("270 B"), never the
// article "A" of the next words ("resolution 98/125 A review …"): a spaced letter must end the reference
// (punctuation, line end) or be followed by the words that go on citing it ("of 23 June", "and 98/2").
const GLUED_PART = /^([A-H])(?![\w/])/;
const SPACED_PART = /^ ([A-H])(?=[.,;:)\]]|\s*$|\s+(?:of|and|on|entitled|adopted)\b)/;

/** The part letter right after a resolution number at `at`, with the characters it takes. */
export function partLetter(text: string, at: number): { letter: string; length: number } | undefined {
  const rest = text.slice(at, at + 24);
  const m = GLUED_PART.exec(rest) ?? SPACED_PART.exec(rest);
  return m ? { letter: m[1]!, length: m[0].length } : undefined;
}
