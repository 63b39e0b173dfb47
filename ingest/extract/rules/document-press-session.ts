// The masthead press.un.org has used since 2015 puts the session and the meeting first, then the release's
// symbol, then the headline: "Seventieth Session," / "81st Meeting (PM)" / "GA/11746" / "General Assembly
// Adopts 48 Texts in Total as It Takes Action on Reports of Its Second Committee" / "Draft Decision on …"
// (GA/11746, 22 December 2015; "76th & 77th Meetings (AM & PM)", GA/11741; "26th Meeting (AM)" /
// "GA/EF/3511"). The headline is the line right under the masthead, not a sub-headline under it that opens
// like a title ("Draft Decision on Movements of Refugees …"), and the symbol line is the release's own.
// The Security Council has no numbered sessions: its releases open with the meeting line, then the symbol
// ("9381st Meeting (AM)" / "SC/15359", the Council's first meeting on AI, 18 July 2023); a meeting held under
// another number is starred ("2nd & 3rd Meetings* (AM & PM)" / "WOM/2221", the CSW's 2023 session). Without a
// session line the masthead counts only with a press series' symbol under it. The site's navigation line above
// the masthead ("In progress at UNHQ", site-navigation.ts) is skipped, and so is a day of issue (ISSUE_DAY).

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { ORDINAL_SOURCE } from '../parse/ordinals.ts';
import { isPressSymbol } from './document-press.ts';
import { siteNavigation } from './site-navigation.ts';

const HALF_DAYS = '\\((?:AM|PM|Night)(?:\\s*(?:&|and)\\s*(?:AM|PM|Night))*\\)';
// The Council's meetings are numbered past 9,000 ("9381st Meeting (AM)"): four or five figures too.
const NUMBER = `(?:\\d{4,5}(?:st|nd|rd|th)|${ORDINAL_SOURCE})`;
const MEETINGS = `${NUMBER}(?:\\s*(?:&|and|,)\\s*${NUMBER})*\\s+Meetings?\\*?\\s*${HALF_DAYS}`;
// "Seventieth Session," alone, or with its meeting on the same line ("Seventy-first Session, 12th Meeting (PM)").
const SESSION_LINE = new RegExp(`^\\s*${ORDINAL_SOURCE}\\s+Session,(?:\\s*${MEETINGS})?\\s*$`, 'i');
const MEETINGS_LINE = new RegExp(`^\\s*${MEETINGS}\\s*$`, 'i');
const SYMBOL_LINE = /^\s*([A-Z]{1,6}(?:\/[A-Z0-9.]+)*\/\d{3,5})\s*$/;
// The day of issue alone on a line above the masthead, as www.un.org's copies of the releases have it ("28 October
// 2015" / "Seventieth Session, 21st & 22nd Meetings (AM & PM)", GA/EF/3432): skipped like the navigation.
const ISSUE_DAY =
  /^\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*$/;
// A headline is one line with no stop at its end.
const HEADLINE = /^["“‘(]?\p{Lu}[^\n]{10,250}$/u;

export interface SessionMasthead {
  /** The passage whose first line is the headline. */
  readonly headline: Passage | undefined;
  /** The release's symbol on its own line under the meeting line. */
  readonly symbol: string | undefined;
}

const cache = new WeakMap<DocContext, SessionMasthead | null>();

/** The headline and symbol under the document's 2015-layout press masthead, or undefined when it has none. */
export function sessionMasthead(ctx: DocContext): SessionMasthead | undefined {
  const c = cache.get(ctx);
  if (c !== undefined) return c ?? undefined;
  const found = read(ctx.passages.slice(0, 4));
  cache.set(ctx, found ?? null);
  return found;
}

function read(passages: readonly Passage[]): SessionMasthead | undefined {
  const all = passages.flatMap((p) => p.text.split('\n').map((text, k) => ({ p, k, text })));
  const lines = all.slice(
    Math.max(
      0,
      all.findIndex((l) => !siteNavigation(l.text) && !ISSUE_DAY.test(l.text)),
    ),
  );
  const first = lines[0];
  if (!first || first.p.kind === 'footnote') return undefined;
  let i = 1;
  const session = SESSION_LINE.test(first.text);
  if (!session && !MEETINGS_LINE.test(first.text)) return undefined;
  if (session && !new RegExp(MEETINGS, 'i').test(first.text)) {
    if (!lines[i] || !MEETINGS_LINE.test(lines[i]!.text)) return undefined;
    i++;
  }
  const symbol = lines[i] ? SYMBOL_LINE.exec(lines[i]!.text)?.[1] : undefined;
  if (!session && !isPressSymbol(symbol)) return undefined;
  if (symbol) i++;
  const next = lines[i];
  // The headline opens a passage of its own: the line is the whole of it, not the start of a paragraph.
  const headline =
    next &&
    next.k === 0 &&
    !next.p.text.includes('\n') &&
    HEADLINE.test(next.text.trim()) &&
    !/[.!?:;,]$/.test(next.text.trim())
      ? next.p
      : undefined;
  return { headline, symbol };
}
