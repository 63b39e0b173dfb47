// Inline markup of a source text (Markdown emphasis and links, <sup>/<sub> tags, `^{12}` and
// `$^{12}$` footnote markers as PDF converters write them) parsed into a small tree whose text
// leaves are [start, end) ranges of the raw text. Nothing here is HTML: the reader builds React
// elements from the tree, so markup in a document can never inject anything, and every rendered
// character keeps its raw offset (mentions and cited quotes are raw offsets).

import { closingBrace, mathAt } from './tex-markers.ts';

export type Inline =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'break'; readonly start: number; readonly end: number }
  | {
      readonly kind: 'strong' | 'em' | 'sup' | 'sub' | 'link';
      readonly start: number;
      readonly end: number;
      /** Links only: set when the target is http(s) or mailto; other targets render as text. */
      readonly href?: string;
      readonly children: readonly Inline[];
    };

export interface Hit {
  readonly node?: Inline;
  readonly next: number;
}

const PUNCT = /[!-/:-@[-`{-~]/;
const SAFE_HREF = /^(?:https?:\/\/|mailto:)[^\s]+$/i;
const PAIRED: Record<string, 'strong' | 'em' | 'sup' | 'sub'> = {
  sup: 'sup',
  sub: 'sub',
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
};
const OPEN_TAG = /<(sup|sub|b|strong|i|em)>/iy;
const BREAK_TAG = /<br\s*\/?>/iy;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/iy;
const ANY_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>\n]*)?\/?>/iy;
const SPACE = /\s/;
const ALNUM = /[\p{L}\p{N}]/u;

const at = (re: RegExp, raw: string, i: number, end: number): RegExpExecArray | undefined => {
  re.lastIndex = i;
  const m = re.exec(raw);
  return m && i + m[0].length <= end ? m : undefined;
};

/** Parses raw[start, end) into inline nodes. */
export function parseInline(raw: string, start = 0, end = raw.length): Inline[] {
  const out: Inline[] = [];
  let textStart = start;
  const flush = (to: number) => {
    if (to > textStart) out.push({ kind: 'text', start: textStart, end: to });
  };
  let i = start;
  while (i < end) {
    const c = raw[i]!;
    if (c === '\\') {
      // A Markdown escape: the backslashes go, the character stays. Converters sometimes escape
      // twice ("WGEC\\_2016" for WGEC_2016), so a run of backslashes counts as one escape.
      let k = i;
      while (k < end && raw[k] === '\\') k++;
      if (k < end && PUNCT.test(raw[k]!)) {
        flush(i);
        textStart = k;
        i = k + 1;
        continue;
      }
    }
    if (c === '\n') {
      // Every line break inside a block is kept. The sources are converted PDFs, which write a
      // paragraph per line and break lines only where the page did (cover pages, addresses, slide
      // bullets); joining those lines, as Markdown's soft breaks would, runs them together.
      let j = i;
      while (j > textStart && /[ \t\r]/.test(raw[j - 1]!)) j--;
      flush(j);
      out.push({ kind: 'break', start: j, end: i + 1 });
      textStart = i + 1;
      i++;
      continue;
    }
    const hit = markupAt(raw, i, end);
    if (!hit) {
      i++;
      continue;
    }
    flush(i);
    if (hit.node) out.push(hit.node);
    i = hit.next;
    textStart = i;
  }
  flush(end);
  return out;
}

function markupAt(raw: string, i: number, end: number): Hit | undefined {
  const c = raw[i]!;
  if (c === '<') return tagAt(raw, i, end);
  if (c === '^' && raw[i + 1] === '{') {
    const close = closingBrace(raw, i + 1, end);
    if (close < 0) return undefined;
    return { node: container('sup', i, close + 1, parseInline(raw, i + 2, close)), next: close + 1 };
  }
  if (c === '$') return mathAt(raw, i, end);
  if (c === '[' || (c === '!' && raw[i + 1] === '[')) return linkAt(raw, i, end);
  if (c === '*' || c === '_') return emphasisAt(raw, i, end);
  return undefined;
}

function container(
  kind: 'strong' | 'em' | 'sup' | 'sub' | 'link',
  start: number,
  end: number,
  children: Inline[],
) {
  return { kind, start, end, children } as const;
}

function tagAt(raw: string, i: number, end: number): Hit | undefined {
  const open = at(OPEN_TAG, raw, i, end);
  if (open) {
    const name = open[1]!.toLowerCase();
    const from = i + open[0].length;
    const close = raw.slice(from, end).toLowerCase().indexOf(`</${name}>`);
    if (close >= 0) {
      const innerEnd = from + close;
      const next = innerEnd + name.length + 3;
      return { node: container(PAIRED[name]!, i, next, parseInline(raw, from, innerEnd)), next };
    }
  }
  const br = at(BREAK_TAG, raw, i, end);
  if (br) return { node: { kind: 'break', start: i, end: i + br[0].length }, next: i + br[0].length };
  const auto = at(AUTOLINK, raw, i, end);
  if (auto) {
    const next = i + auto[0].length;
    const text: Inline = { kind: 'text', start: i + 1, end: next - 1 };
    return { node: { kind: 'link', start: i, end: next, href: auto[1]!, children: [text] }, next };
  }
  // Any other tag (a stray </sup>, <span …>) is markup the reader does not show.
  const tag = at(ANY_TAG, raw, i, end);
  return tag ? { next: i + tag[0].length } : undefined;
}

function linkAt(raw: string, i: number, end: number): Hit | undefined {
  const image = raw[i] === '!';
  const open = image ? i + 1 : i;
  const close = raw.indexOf(']', open + 1);
  if (close < 0 || close + 1 >= end || raw[close + 1] !== '(') return undefined;
  const paren = raw.indexOf(')', close + 2);
  if (paren < 0 || paren >= end || raw.slice(open, paren).includes('\n\n')) return undefined;
  const target = raw.slice(close + 2, paren).trim();
  const children = parseInline(raw, open + 1, close);
  // Images are never fetched (the explorer loads nothing from other origins): their text stands in.
  const href = !image && SAFE_HREF.test(target) ? target : undefined;
  return { node: { kind: 'link', start: i, end: paren + 1, href, children }, next: paren + 1 };
}

/** `**strong**`, `__strong__`, `*em*`, `_em_` with Markdown's flanking rules (no space inside the
 * delimiters; `_` not inside a word, so snake_case and file_names stay as they are). */
function emphasisAt(raw: string, i: number, end: number): Hit | undefined {
  const c = raw[i]!;
  const size = raw[i + 1] === c ? 2 : 1;
  const first = raw[i + size];
  if (first === undefined || SPACE.test(first) || first === c) return undefined;
  if (c === '_' && i > 0 && ALNUM.test(raw[i - 1]!)) return undefined;
  const delim = c.repeat(size);
  for (let k = raw.indexOf(delim, i + size + 1); k >= 0 && k + size <= end; k = raw.indexOf(delim, k + 1)) {
    if (SPACE.test(raw[k - 1]!)) continue;
    if (size === 1 && (raw[k + 1] === c || raw[k - 1] === c)) continue;
    if (c === '_' && k + size < raw.length && ALNUM.test(raw[k + size]!)) continue;
    const kind = size === 2 ? 'strong' : 'em';
    return { node: container(kind, i, k + size, parseInline(raw, i + size, k)), next: k + size };
  }
  return undefined;
}

/** The rendered text of nodes (tests, accessible names). */
export function inlineText(raw: string, nodes: readonly Inline[]): string {
  return nodes
    .map((n) =>
      n.kind === 'text' ? raw.slice(n.start, n.end) : n.kind === 'break' ? '\n' : inlineText(raw, n.children),
    )
    .join('');
}
