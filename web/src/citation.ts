// "Copy citation": a reference a journalist can paste (issue 5, point 2), e.g.
//   “Ambassador Benedicto Fonseca Filho … was elected Chair” — E/CN.16/2018/CRP.3, para 2 (IG Atlas, <url>)
// The URL opens the document reader at the quote.

import type { Source } from './types.ts';
import { encodeState } from './url-state.ts';

/** A document's display label: its symbol or title when the API gives one, else a readable id. */
export function documentLabel(source: Pick<Source, 'document' | 'documentLabel'>): string {
  if (source.documentLabel?.trim()) return source.documentLabel.trim();
  return source.document.replace(/^document:/, '');
}

/** Link to the document reader, scrolled to the quote. */
export function citationUrl(origin: string, source: Source): string {
  return `${origin.replace(/\/$/, '')}/${encodeState({
    view: 'document',
    id: source.document,
    quote: source.quote,
    loc: source.locator,
  })}`;
}

const count = (text: string, c: string) => text.split(c).length - 1;

/** The quote as a reader sees it: markup that came with the source text (footnote markers such as
 * `<sup>1</sup>`, stray tags, Markdown headings and bold, a list item's bullet) removed, white space
 * collapsed, and a quotation mark the quote opens or closes without its pair dropped (the page wraps
 * every quote in its own marks: “• “invites …;”” reads as “invites …;”). The link still carries
 * the exact quote. */
export function displayQuote(quote: string): string {
  let text = quote
    .replace(/<sup>[^<]*<\/sup>/gi, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[•▪◦‣∙·*–-]\s+)+/, '');
  if (text.startsWith('“') && count(text, '“') > count(text, '”')) text = text.slice(1);
  if (text.endsWith('”') && count(text, '”') > count(text, '“')) text = text.slice(0, -1);
  return text;
}

export function formatCitation(source: Source, origin: string): string {
  const quote = displayQuote(source.quote);
  return `“${quote}” — ${documentLabel(source)}, ${source.locator} (IG Atlas, ${citationUrl(origin, source)})`;
}

/** Copies text with the async clipboard API, falling back to a hidden textarea + execCommand
 * (the clipboard API is missing on plain-http origins other than localhost). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}
