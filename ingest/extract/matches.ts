// Every match of a global expression in a text: what `text.matchAll(re)` gives,
// without the copy of the expression that matchAll makes at each call (a
// RegExp object per passage per expression, most passages matching nothing).

/**
 * The matches of `re` (flag g) in `text`, in order, as matchAll gives them: from `re.lastIndex`, past an
 * empty match by one character (one code point with the u or v flag). `re.lastIndex` is left as it was.
 * All matches are found before the caller reads any: the caller may use `re` again meanwhile.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global expression: ${re}`);
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '')
      re.lastIndex = advance(
        text,
        re.lastIndex,
        re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true,
      );
  }
  re.lastIndex = saved;
  return out;
}

/** AdvanceStringIndex (ECMA-262): one code unit, or a whole surrogate pair in unicode mode. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
