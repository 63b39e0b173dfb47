// What each line of a document is: a numbered paragraph ("65."), a lettered
// item ("(c)", "c)"), a footnote, a bullet, a heading, or running text.

import { footnoteHead } from './markers.ts';

export type LineKind = 'blank' | 'para' | 'item' | 'footnote' | 'bullet' | 'heading' | 'text';

export interface Line {
  readonly no: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  kind: LineKind;
  /** Paragraph number, item letter or footnote marker. */
  mark?: string;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let no = 1;
  for (const part of text.split('\n')) {
    out.push({ no, start, end: start + part.length, text: part, kind: 'text' });
    start += part.length + 1;
    no++;
  }
  return out;
}

const PARA = /^\s*(?:[-•*]\s+)?(?:\^\{)?(\d{1,3})\.(?:\})?\s+(?=\S)/;
const ITEM = /^\s*(?:[-•*]\s+)?\(?([a-h]|[ivx]{1,4})\)\s+(?=\S)/;
const BULLET = /^\s*[•▪◦‣]\s*/;

export function classifyLine(line: Line): void {
  const t = line.text;
  if (!t.trim()) {
    line.kind = 'blank';
    return;
  }
  const fn = footnoteHead(t);
  if (fn) {
    line.kind = 'footnote';
    line.mark = fn.marker;
    return;
  }
  const para = PARA.exec(t);
  if (para?.[1]) {
    line.kind = 'para';
    line.mark = para[1];
    return;
  }
  const item = ITEM.exec(t);
  if (item?.[1]) {
    line.kind = 'item';
    line.mark = item[1];
    return;
  }
  if (BULLET.test(t)) {
    line.kind = 'bullet';
    return;
  }
  const trimmed = t.trim();
  if (/^#{1,6}\s/.test(trimmed) || (trimmed.length < 100 && !/[.;,:]["”)]?$/.test(trimmed)))
    line.kind = 'heading';
}

/** True for a long sentence-like line that starts a paragraph (used to infer unprinted numbers). */
export function looksLikeParagraphStart(line: Line): boolean {
  const t = line.text.replace(/^\s*[-•*]\s+/, '').trim();
  return t.length > 150 && /^[A-Z]/.test(t);
}
