// The masthead press.un.org has used since 2015 puts the session and the meeting first, then the release's
// symbol, then the headline: "Seventieth Session," / "81st Meeting (PM)" / "GA/11746" / "General Assembly
// Adopts 48 Texts in Total as It Takes Action on Reports of Its Second Committee" / "Draft Decision on …"
// (GA/11746, 22 December 2015; "76th & 77th Meetings (AM & PM)", GA/11741; "26th Meeting (AM)" /
// "GA/EF/3511"). The headline is the line right under the masthead, not a sub-headline under it that opens
// like a title ("Draft Decision on Movements of Refugees …"), and the symbol line is the release's own.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { ORDINAL_SOURCE } from '../parse/ordinals.ts';

const HALF_DAYS = '\\((?:AM|PM|Night)(?:\\s*(?:&|and)\\s*(?:AM|PM|Night))*\\)';
const MEETINGS = `${ORDINAL_SOURCE}(?:\\s*(?:&|and|,)\\s*${ORDINAL_SOURCE})*\\s+Meetings?\\s*${HALF_DAYS}`;
// "Seventieth Session," alone, or with its meeting on the same line ("Seventy-first Session, 12th Meeting (PM)").
const SESSION_LINE = new RegExp(`^\\s*${ORDINAL_SOURCE}\\s+Session,(?:\\s*${MEETINGS})?\\s*$`, 'i');
const MEETINGS_LINE = new RegExp(`^\\s*${MEETINGS}\\s*$`, 'i');
const SYMBOL_LINE = /^\s*([A-Z]{1,6}(?:\/[A-Z0-9.]+)*\/\d{3,5})\s*$/;
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
  const lines = passages.flatMap((p) => p.text.split('\n').map((text, k) => ({ p, k, text })));
  const first = lines[0];
  if (!first || first.p.kind === 'footnote' || !SESSION_LINE.test(first.text)) return undefined;
  let i = 1;
  if (!new RegExp(MEETINGS, 'i').test(first.text)) {
    if (!lines[i] || !MEETINGS_LINE.test(lines[i]!.text)) return undefined;
    i++;
  }
  const symbol = lines[i] ? SYMBOL_LINE.exec(lines[i]!.text)?.[1] : undefined;
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
