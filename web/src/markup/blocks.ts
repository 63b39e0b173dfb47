// The block structure of a source text: headings, paragraphs (numbered ones keep their number as
// printed, since citations say "para 12"), bullet lists, tables and rules. Line based and
// forgiving: whatever is not recognised is a paragraph, and every range is a raw offset.

import { type Inline, parseInline } from './inline.ts';

export interface ListItem {
  readonly start: number;
  readonly end: number;
  /** Nesting from the indentation (two spaces a level), 0–3. */
  readonly depth: number;
  /** The item prints its own label ("a)", "(iii)"): no bullet is drawn. */
  readonly labelled: boolean;
  readonly content: readonly Inline[];
}

export type Block =
  | {
      readonly kind: 'heading';
      readonly start: number;
      readonly end: number;
      readonly level: number;
      readonly content: readonly Inline[];
    }
  | {
      readonly kind: 'para';
      readonly start: number;
      readonly end: number;
      /** "12." of a numbered paragraph, as printed. */
      readonly number?: Inline;
      /** Starts with a footnote marker (<sup>1</sup>, ¹, *): a footnote at the foot of a page. */
      readonly footnote: boolean;
      readonly content: readonly Inline[];
    }
  | {
      readonly kind: 'list';
      readonly start: number;
      readonly end: number;
      readonly items: readonly ListItem[];
    }
  | {
      readonly kind: 'table';
      readonly start: number;
      readonly end: number;
      readonly head: readonly (readonly Inline[])[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
    }
  | { readonly kind: 'rule'; readonly start: number; readonly end: number };

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BLANK = /^\s*$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
// A bullet may precede the number ("- 12. The meeting…" in converted PDFs), and converters sometimes
// typeset the number as a superscript ("^{12.}"); the number is what counts.
const NUMBERED = /^([ \t]*(?:[-+•][ \t]+)?)(\d{1,3}\.|\^\{\d{1,3}\.\})[ \t]+/;
// `*` is not a bullet here: UN documents mark footnotes with asterisks ("* A/67/50."), kept visible.
const BULLET = /^([ \t]*)([-+•◦▪])[ \t]+/;
const LABEL = /^\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})[.)][ \t]/i;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
const FOOTNOTE_MARK = /^\s*(?:<sup>|\^\{|\$\^|[¹²³⁰-⁹]|\*{1,3}\s)/i;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= raw.length) {
    const nl = raw.indexOf('\n', start);
    const end = nl < 0 ? raw.length : nl;
    // A trailing \r (CRLF files) is not content.
    const cut = raw[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: cut, text: raw.slice(start, cut) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** A line that starts a block of its own (and so ends a paragraph or list item). */
const startsBlock = (t: string) =>
  HEADING.test(t) || RULE.test(t) || NUMBERED.test(t) || BULLET.test(t) || TABLE_ROW.test(t);

export function parseBlocks(raw: string): Block[] {
  const lines = splitLines(raw);
  const blocks: Block[] = [];
  let items: ListItem[] = [];
  const closeList = () => {
    if (items.length === 0) return;
    blocks.push({ kind: 'list', start: items[0]!.start, end: items.at(-1)!.end, items });
    items = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const t = line.text;
    if (BLANK.test(t)) {
      i++;
      continue;
    }
    const bullet = BULLET.exec(t);
    if (!bullet || NUMBERED.test(t)) closeList();
    const heading = HEADING.exec(t);
    if (heading) {
      const from = line.start + heading[0].length;
      const to = line.start + t.replace(/(?:[ \t]+#+)?[ \t]*$/, '').length;
      const content = parseInline(raw, from, Math.max(from, to));
      blocks.push({ kind: 'heading', start: line.start, end: line.end, level: heading[1]!.length, content });
      i++;
    } else if (RULE.test(t)) {
      blocks.push({ kind: 'rule', start: line.start, end: line.end });
      i++;
    } else if (TABLE_ROW.test(t) && TABLE_SEPARATOR.test(lines[i + 1]?.text ?? '')) {
      let j = i + 2;
      while (j < lines.length && TABLE_ROW.test(lines[j]!.text)) j++;
      const rows = lines.slice(i + 2, j).map((l) => tableCells(raw, l));
      blocks.push({
        kind: 'table',
        start: line.start,
        end: lines[j - 1]!.end,
        head: tableCells(raw, line),
        rows,
      });
      i = j;
    } else {
      const j = continuation(lines, i + 1);
      const end = lines[j - 1]!.end;
      const numbered = NUMBERED.exec(t);
      if (bullet && !numbered) {
        const from = line.start + bullet[0].length;
        const depth = Math.min(3, Math.floor(bullet[1]!.replace(/\t/g, '  ').length / 2));
        const labelled = LABEL.test(raw.slice(from, end));
        items.push({ start: line.start, end, depth, labelled, content: parseInline(raw, from, end) });
      } else if (numbered) {
        const digits = numbered[2]!.replace(/[\^{}]/g, '');
        const numStart = line.start + numbered[1]!.length + (digits === numbered[2] ? 0 : 2);
        const number: Inline = { kind: 'text', start: numStart, end: numStart + digits.length };
        // The space after the number belongs to the content, so a highlighted paragraph reads unbroken.
        const content = parseInline(raw, line.start + numbered[1]!.length + numbered[2]!.length, end);
        blocks.push({ kind: 'para', start: line.start, end, number, footnote: false, content });
      } else {
        const footnote = FOOTNOTE_MARK.test(t);
        blocks.push({
          kind: 'para',
          start: line.start,
          end,
          footnote,
          content: parseInline(raw, line.start, end),
        });
      }
      i = j;
    }
  }
  closeList();
  return blocks;
}

/** Index after the last line that continues the block begun on the line before `from`. */
function continuation(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && !BLANK.test(lines[j]!.text) && !startsBlock(lines[j]!.text)) j++;
  return j;
}

function tableCells(raw: string, line: Line): Inline[][] {
  const cells: Inline[][] = [];
  let from = line.start + line.text.indexOf('|') + 1;
  const last = line.start + line.text.lastIndexOf('|');
  for (let k = from; k <= last; k++) {
    if (raw[k] === '\\') k++;
    else if (raw[k] === '|') {
      let s = from;
      let e = k;
      while (s < e && /\s/.test(raw[s]!)) s++;
      while (e > s && /\s/.test(raw[e - 1]!)) e--;
      cells.push(parseInline(raw, s, e));
      from = k + 1;
    }
  }
  return cells;
}
