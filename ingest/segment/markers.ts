// Footnote markers as UN documents are written in text exports: superscript
// digits (¹²³), TeX (^{12}, $^{\rm 12}~$), HTML (<sup>1</sup>) and asterisks
// for unnumbered notes (* A/67/50.).

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function superscriptToDigits(s: string): string {
  return [...s].map((c) => (SUPERSCRIPT.includes(c) ? String(SUPERSCRIPT.indexOf(c)) : c)).join('');
}

/** A footnote line: its marker and where its text starts (relative to the line). */
export interface FootnoteHead {
  readonly marker: string;
  readonly textStart: number;
}

const FOOTNOTE_HEADS: readonly RegExp[] = [
  /^\s*<sup>\s*(\d{1,3}|\*{1,3})\s*<\/sup>\s*/,
  /^\s*\^\{\s*(\d{1,3}|\*{1,3})\s*\}\s*/,
  /^\s*\$\^\{[^$]*?(\d{1,3})\}\s*~?\s*\$\s*/,
  /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*/,
  /^\s*(\*{1,3})\s+(?=\S)/,
];

export function footnoteHead(line: string): FootnoteHead | undefined {
  for (const re of FOOTNOTE_HEADS) {
    const m = re.exec(line);
    if (m?.[1] && m[0].length < line.trim().length + (line.length - line.trimStart().length)) {
      return { marker: superscriptToDigits(m[1]), textStart: m[0].length };
    }
  }
  return undefined;
}

// Each expression with a cheap test that must pass for it to match: most passages have no marker.
const BODY_MARKERS: readonly { readonly re: RegExp; readonly may: (text: string) => boolean }[] = [
  { re: /<sup>\s*(\d{1,3})\s*<\/sup>/g, may: (t) => t.includes('<sup>') },
  { re: /\^\{\s*(\d{1,3})\s*\}/g, may: (t) => t.includes('^{') },
  { re: /(?<=[\p{L}\p{N}.,;:)\]”"’'] ?)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})/gu, may: (t) => /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(t) },
];

/** Footnote markers inside a body passage, with document offsets. */
export function bodyMarkers(text: string, offset: number): { marker: string; offset: number }[] {
  const out: { marker: string; offset: number }[] = [];
  for (const { re, may } of BODY_MARKERS) {
    if (!may(text)) continue;
    for (const m of text.matchAll(re))
      out.push({ marker: superscriptToDigits(m[1]!), offset: offset + m.index });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
