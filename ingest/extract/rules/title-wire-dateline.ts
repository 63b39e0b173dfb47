// A press release redistributed by a news wire opens with the wire's dateline: "12/16/2025 | Press release |
// Distributed by Public on 12/16/2025 18:27" (copies of UN press releases, EEAS statements and SG remarks on
// a redistribution site), under the publisher's name ("UN - United Nations", "European External Action
// Service") and over the release's headline. The publisher's name is no title: the headline is the first
// line under the dateline, and the dateline's first date (month first, as the wire writes it) is the
// release's date. A line of prose under the dateline ("Following is a transcript of …:") is no headline.

import type { DocContext } from '../context.ts';
import { firstLineHeadline } from './document-masthead.ts';

// Month first: the wire writes its dates in the US order, then the kind of release between bars.
const DATELINE = /^\s*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\s*\|\s*[^|\n]{2,40}\|\s*Distributed by\b/;
const OPENING = 8;
// A line that ends like a sentence or a lead-in, or the page's button, is no headline.
const NOT_HEADLINE = /[.:;,]$|^(?:PRINT|Share|Results)$/i;

export interface WireDateline {
  /** The passage that holds the headline, and its line. */
  readonly p?: DocContext['passages'][number];
  readonly line?: string;
  /** ISO date of the release. */
  readonly date?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The wire's dateline among the opening passages: the release's date and the headline under it. */
export function wireDateline(ctx: DocContext): WireDateline | undefined {
  const passages = ctx.passages.slice(0, OPENING);
  for (let i = 0; i < passages.length; i++) {
    const lines = passages[i]!.text.split('\n');
    const k = lines.findIndex((l) => DATELINE.test(l));
    if (k < 0) continue;
    const m = DATELINE.exec(lines[k]!)!;
    const month = Number(m[1]);
    const day = Number(m[2]);
    const date =
      month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[3]}-${pad(month)}-${pad(day)}` : undefined;
    // The next non-empty line: in the same passage, else the first line of the next one.
    const inPassage = lines.slice(k + 1).find((l) => l.trim() !== '');
    const p = inPassage !== undefined ? passages[i] : passages[i + 1];
    const line = (inPassage ?? p?.text.split('\n')[0])?.trim();
    const headline = line !== undefined && firstLineHeadline(line) && !NOT_HEADLINE.test(line);
    return headline ? { p, line, date } : { date };
  }
  return undefined;
}
