// `matchesOf(re, text)` for an expression that tries a few words before a
// rare noun ("an intersessional panel meeting", "the United Nations
// Sustainable Development Summit"): run from every word of every passage, its
// look-aheads cost more than all its matches. Here the noun (the anchor) is
// found first, with a plain search, and the expression is tried, sticky, only
// at the words at most `words` words before each anchor.
//
// Same matches, in order: every match of `re` holds an anchor preceded within
// the match by at most `words` runs of non-space characters each followed by
// white space (0: the match starts at its anchor). The candidates are tried in increasing order, each from where
// the last match ended, as a global search tries them: a start skipped lies
// more than `words` words before every anchor after it, so no match starts there.

const wordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A `canStart` for expressions that start with `\b` and a word character: `\b\w` holds at `i`. */
export const wordStart = (text: string, i: number): boolean =>
  wordChar(text.charCodeAt(i)) && (i === 0 || !wordChar(text.charCodeAt(i - 1)));

/** A `canStart` for expressions that start at a line's start (flag m) or after white space: `(?<=\s)` or `^` holds at `i`. */
export const afterSpace = (text: string, i: number): boolean => i === 0 || isSpace(text.charCodeAt(i - 1));

/** White space as `\s` has it. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || isOtherSpace(c);
}

function isOtherSpace(c: number): boolean {
  return c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The matches of `sticky` (flag y, the expression of a global search) in `text`, found from the
 * matches of `anchor` (flag g; every match of `sticky` holds one, after at most `words` words of the
 * match). `canStart(text, i)` may rule out a start cheaply (its first character, a look-behind).
 */
export function anchoredMatches(
  sticky: RegExp,
  anchor: RegExp,
  text: string,
  words: number,
  canStart: (text: string, i: number) => boolean,
): RegExpExecArray[] {
  if (!sticky.sticky || !anchor.global)
    throw new TypeError('anchoredMatches needs a sticky and a global expression');
  const out: RegExpExecArray[] = [];
  let from = 0;
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a !== null; a = anchor.exec(text)) {
    const k = a.index;
    // Anchors may overlap: the next one is searched from the next character.
    anchor.lastIndex = k + 1;
    if (k < from) continue;
    // Back to the start of the word the anchor is in, then over `words` spaces and words before it.
    let lo = k;
    while (lo > 0 && !isSpace(text.charCodeAt(lo - 1))) lo--;
    for (let r = 0; r < words; r++) {
      while (lo > 0 && isSpace(text.charCodeAt(lo - 1))) lo--;
      while (lo > 0 && !isSpace(text.charCodeAt(lo - 1))) lo--;
    }
    for (let i = Math.max(lo, from); i <= k; i++) {
      if (!canStart(text, i)) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m === null) continue;
      out.push(m);
      // An empty match is never one of these (each holds its anchor); a global search goes on at its end.
      from = i + Math.max(1, m[0].length);
      i = from - 1;
    }
    from = Math.max(from, k + 1);
  }
  anchor.lastIndex = 0;
  sticky.lastIndex = 0;
  return out;
}
