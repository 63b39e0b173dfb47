// HTML → the plain text the segmenter reads. Block elements become line
// breaks (paragraph-like blocks a blank line, like the seed texts), headings
// keep a Markdown "#" prefix, list items a "• " or "n. " prefix, table cells a
// tab. Superscripts become `^{n}`, the footnote-marker form the seed texts
// use ("^{*} This report summarizes…") and the segmenter understands.
// Scripts, styles, comments, the <head> and page furniture are dropped, and
// only <main> is read when the page has one; entities decoded.

import { decodeEntities } from './html-entities.ts';

// Page furniture (menus, footers, forms) is dropped too: on UN web pages it names bodies and
// countries in links ("UNCTAD", "Contact") that are not what the page says.
const DROPPED =
  /<(script|style|noscript|template|head|svg|math|nav|footer|form|button|select|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const MAIN = /<main\b[^>]*>([\s\S]*)<\/main\s*>/i;
const COMMENT = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>/g;
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Blocks followed by a blank line. */
const PARAGRAPH = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'address',
  'hr',
]);
/** Blocks followed by a single line break. */
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'caption', 'option', 'summary', 'details', 'legend']);
const HEADING = /^h([1-6])$/;

interface ListState {
  readonly ordered: boolean;
  next: number;
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Collapse white space inside lines, trim them, keep at most one blank line in a row. */
function tidy(raw: string): string {
  const lines = raw
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/g, (m) => (m.includes('\t') ? '\t' : ' ')).trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.length ? `${out.join('\n')}\n` : '';
}

export function htmlToText(html: string): string {
  const cleaned = html.replace(COMMENT, ' ').replace(DROPPED, ' ');
  // A page that marks its main content: only that (the rest is site navigation and banners).
  const source = MAIN.exec(cleaned)?.[1] ?? cleaned;
  const parts: string[] = [];
  const lists: ListState[] = [];
  let inPre = 0;
  let inSup = false;
  let supText = '';
  let last = 0;
  const emitText = (raw: string) => {
    const text = inPre ? raw.replace(/\n/g, '\ue000') : raw.replace(/\s+/g, ' ');
    if (inSup) supText += text;
    else parts.push(text);
  };
  for (const m of source.matchAll(TAG)) {
    emitText(source.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[1]!.toLowerCase();
    const closing = m[0][1] === '/';
    const heading = HEADING.exec(name);
    if (name === 'sup') {
      if (!closing) {
        inSup = true;
        supText = '';
      } else if (inSup) {
        inSup = false;
        const marker = decodeEntities(supText).trim();
        if (marker) parts.push(`^{${marker}}`);
      }
    } else if (name === 'pre') {
      inPre += closing ? -1 : 1;
      parts.push('\n\n');
    } else if (heading) {
      parts.push(closing ? '\n\n' : `\n\n${'#'.repeat(Number(heading[1]))} `);
    } else if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', next: Number(attribute(m[2] ?? '', 'start') ?? 1) || 1 });
      parts.push('\n\n');
    } else if (name === 'li') {
      if (closing) continue;
      const list = lists[lists.length - 1];
      const indent = '  '.repeat(Math.max(0, lists.length - 1));
      parts.push(`\n${indent}${list?.ordered ? `${list.next++}. ` : '• '}`);
    } else if (name === 'td' || name === 'th') {
      if (!closing) parts.push('\t');
    } else if (PARAGRAPH.has(name)) parts.push('\n\n');
    else if (LINE.has(name) && !closing) parts.push('\n');
  }
  emitText(source.slice(last));
  const text = decodeEntities(parts.join(''));
  return tidy(text).replace(/\ue000/g, '\n');
}
