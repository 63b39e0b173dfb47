// Words that pdf.js splits with a space it makes up. A UN resolution is set
// justified, and where the typesetter spread a line by kerning inside a word,
// pdf.js reads the gap as a space: "Financing for Deve lopment", "the virtual
// holding of th e World Summit", "69 per cen t of men", "Working Grou p"; and a
// hyphenated word gains a space before its hyphen: "Secretary -General",
// "Co -Chairs", "capacity - building". Names and themes then come out broken
// ("Secretary -General" as an alias of the Secretary-General).
//
// The document itself says which words it uses: two pieces are one word when
// the joined word occurs elsewhere in the same document and one of the pieces
// never occurs on its own (only in this split): "Deve" is no word of the
// resolution, "Development" is. Two words that both stand alone elsewhere
// ("in to", "on going") are left as they are, and a piece after the space
// that starts with a capital is a new word ("Geneva Declaration"). A space
// before a hyphen and none after is never a dash ("non -profit"); a space
// after a hyphen ("pre- and post-") or on both sides of it joins only when
// the hyphenated word occurs elsewhere ("capacity-building"), or between two
// capitalised pieces ("Inter- Agency").

/** What this step needs of a laid-out line. */
export interface WordLine {
  text: string;
}

/** A word on its own: not the "th" of "25th", nor the "e" of "e-commerce". */
const WORD = /(?<![\p{L}\p{N}-])\p{L}+(?![\p{L}\p{N}-])/gu;
const HYPHENATED = /\p{L}+(?:-\p{L}+)+/gu;
/** Two pieces with one made-up space between them; the right piece read ahead, so pairs overlap ("per cen t"). */
const PAIR = /(?<![\p{L}\p{N}-])(\p{L}+) (?=(\p{Ll}\p{L}*)(?![\p{L}\p{N}]))/gu;
/** A hyphen with a made-up space after it, or on both sides. */
const SPACED_HYPHEN = /(?<![\p{L}\p{N}-])(\p{L}+)(- | - )(?=(\p{L}+)(?![\p{L}\p{N}]))/gu;
/** "Inter- Agency Working Group": a suspended hyphen ("pre- and post-") is followed by a small word. */
const CAPITALS = /^\p{Lu}\p{Ll}*\p{Lu}$/u;
/** A hyphen with a space before it and none after: never a dash ("non -profit", "sixty -seventh"). */
const SPACE_BEFORE_HYPHEN = /(?<=\p{L}) -(?=\p{L})/gu;

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Rejoins, in place, the words of `lines` that a made-up space split (see above). */
export function rejoinSplitWords(lines: readonly WordLine[]): void {
  const words = new Map<string, number>();
  const compounds = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const { text } of lines) {
    for (const m of text.matchAll(WORD)) count(words, m[0]);
    if (text.includes('-')) for (const m of text.matchAll(HYPHENATED)) count(compounds, m[0]);
    for (const m of text.matchAll(PAIR)) count(pairs, `${m[1]} ${m[2]}`);
  }
  const split = (left: string, right: string): boolean => {
    const n = pairs.get(`${left} ${right}`) ?? 0;
    return (words.get(left + right) ?? 0) > 0 && (words.get(left) === n || words.get(right) === n);
  };
  for (const line of lines) {
    let text = line.text;
    if (text.includes(' -')) text = text.replace(SPACE_BEFORE_HYPHEN, '-');
    if (text.includes('- '))
      text = text.replace(SPACED_HYPHEN, (all, left: string, gap: string, right: string) =>
        (compounds.get(`${left}-${right}`) ?? 0) > 0 || (gap === '- ' && CAPITALS.test(left + right[0]))
          ? `${left}-`
          : all,
      );
    text = text.replace(PAIR, (all, left: string, right: string) => (split(left, right) ? left : all));
    line.text = text;
  }
}
