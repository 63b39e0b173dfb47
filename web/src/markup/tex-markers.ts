// Footnote markers as PDF converters typeset them in TeX (`^{12}`, `$^{12}$`,
// `$^{\rm 12}$`), for the inline parser (inline.ts): where a `^{…}` group
// closes, and the marker a `$…$` span stands for.

import type { Hit, Inline } from './inline.ts';

/** The index of the `}` closing the `{` at `open`, on the same line; -1 when there is none. */
export function closingBrace(raw: string, open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end && raw[k] !== '\n'; k++) {
    if (raw[k] === '\\') k++;
    else if (raw[k] === '{') depth++;
    else if (raw[k] === '}' && --depth === 0) return k;
  }
  return -1;
}

/** `$^{12}$`, `$^{\rm 12}$`, even with braces mangled by the converter: a footnote marker typeset as
 * TeX. Only the marker (a number, one letter or a symbol) is shown, as a superscript. */
export function mathAt(raw: string, i: number, end: number): Hit | undefined {
  const close = raw.indexOf('$', i + 1);
  if (close < 0 || close >= end || close - i > 60) return undefined;
  const body = raw.slice(i + 1, close);
  if (!body.includes('^') || body.includes('\n')) return undefined;
  const leaves: Inline[] = [];
  const marker = /\\[a-z]+|\\.|[0-9]+|[*†‡§¶]|\p{L}+/giu;
  for (const m of body.matchAll(marker)) {
    const s = i + 1 + m.index;
    const word = m[0];
    if (word.startsWith('\\') || (/^\p{L}/u.test(word) && word.length > 1)) continue;
    leaves.push({ kind: 'text', start: s, end: s + word.length });
  }
  return { node: { kind: 'sup', start: i, end: close + 1, children: leaves }, next: close + 1 };
}
