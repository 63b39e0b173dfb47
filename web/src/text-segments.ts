// The document reader's text model: the source text cut into segments, each
// either plain, an entity mention (linked) or inside the cited passage
// (highlighted). Pure, so it is tested in Node.

import type { Mention } from './types.ts';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Segment {
  readonly text: string;
  readonly start: number;
  readonly mention?: Mention;
  readonly highlighted: boolean;
}

/** Finds a quote in the text, ignoring differences in white space and typographic quotes/dashes
 * (quotes are copied from the text but line breaks may have been collapsed). */
export function findQuote(text: string, quote: string): Range | undefined {
  const fold = (c: string) => (/[‘’]/.test(c) ? "'" : /[“”]/.test(c) ? '"' : /[–—]/.test(c) ? '-' : c);
  let norm = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (!space && norm.length > 0) {
        norm += ' ';
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    norm += fold(c);
    map.push(i);
  }
  const q = [...quote.replace(/\s+/g, ' ').trim()].map(fold).join('');
  if (!q) return undefined;
  const at = norm.indexOf(q);
  if (at < 0) return undefined;
  return { start: map[at]!, end: map[at + q.length - 1]! + 1 };
}

/** Finds a numbered paragraph from a locator like "para 2" or "para 8(c)": a line starting with "2." . */
export function findLocator(text: string, locator: string): Range | undefined {
  const m = /^para(?:graph)?s?\s+(\d+)/i.exec(locator.trim());
  if (!m) return undefined;
  // Converted PDFs may put a bullet before the number or typeset it as a superscript ("- ^{12.}").
  const lead = '[ \\t]*(?:[-+•][ \\t]+)?(?:\\^\\{)?';
  const re = new RegExp(`(^|\\n)${lead}(${m[1]})\\.\\}?\\s`);
  const hit = re.exec(text);
  if (!hit) return undefined;
  const start = hit.index + hit[0].lastIndexOf(hit[2]!);
  // The paragraph runs to the next numbered paragraph or blank line, whichever comes first.
  const from = start + hit[2]!.length + 1;
  const next = new RegExp(`\\n${lead}\\d+\\.\\}?\\s|\\n[ \\t]*\\n`).exec(text.slice(from));
  return { start, end: next ? from + next.index : text.length };
}

/** Cuts the text at mention and highlight boundaries. Overlapping mentions: the earlier one wins. */
export function segmentText(text: string, mentions: readonly Mention[], highlight?: Range): Segment[] {
  const ms: Mention[] = [];
  let last = -1;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < last || m.start < 0 || m.end > text.length || m.end <= m.start) continue;
    ms.push(m);
    last = m.end;
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of ms) cuts.add(m.start).add(m.end);
  if (highlight) cuts.add(Math.max(0, highlight.start)).add(Math.min(text.length, highlight.end));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let mi = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    while (mi < ms.length && ms[mi]!.end <= start) mi++;
    const m = ms[mi];
    const mention = m && m.start <= start && end <= m.end ? m : undefined;
    const highlighted = highlight !== undefined && start >= highlight.start && end <= highlight.end;
    out.push({ text: text.slice(start, end), start, mention, highlighted });
  }
  return out;
}
