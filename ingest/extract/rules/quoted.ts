// Words inside quotation marks are a title, not an actor: an agenda item
// "entitled “Report of the Economic and Social Council”" names no report of
// the Council and no session of it (A/60/100-style summaries of the Second
// Committee's work). Straight quotes are paired by counting.

/** Whether `at` in `text` lies inside a quotation opened after `from` and not yet closed. */
export function insideQuotes(text: string, from: number, at: number): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d) curly = Math.max(0, curly - 1);
    else if (c === 0x22) straight ^= 1;
  }
  return curly > 0 || straight === 1;
}
