// A UN masthead copied as running text gives the report's subject on the same line as its kind: "… Item 13 (b)
// of the provisional agenda** Economic and environmental questions: Science and technology for development
// Progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information
// Society at the regional and international levels Report of the Secretary-General * ** The Economic and Social
// Council, in its resolution 2006/46, requested …" (document-sharing sites' copies of the Secretary-General's
// annual WSIS reports, A/63/72–E/2008/48, A/67/66–E/2012/49, A/72/64–E/2017/12). The title is "<subject> —
// Report of the Secretary-General", as document-title-subject.ts makes it when the subject stands on its own line.
// The subject starts at the capitalised word right after the agenda item's last word ("development Progress"):
// inside a title a capital follows an article or a preposition ("the World Summit", "to WSIS") or another
// capitalised word ("Information Society"), never a plain lower-case word.

import type { Passage } from '../../types.ts';
import { type DocContext, passageAt } from '../context.ts';

const OFFICE = /\bReport of the Secretary-General\b(?=\s*(?:[*∗]|$|\p{Lu}))/gu;
// Words a capital inside a title may follow.
const FUNCTION_WORD =
  /^(?:the|of|on|in|at|for|and|to|a|an|by|with|from|into|towards?|between|among|its|their|or)$/;
const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// A token no title's word is: a footnote mark, a figure, a label's colon, a symbol.
const NO_TITLE_WORD = /[*∗:;/()[\]]|^\d|\.$/u;
/** How far into the text a masthead's title may stand. */
const MASTHEAD = 3000;
const MIN_WORDS = 4;
const MAX_WORDS = 40;

/** The subject words ending `before` (a masthead run on before "Report of the Secretary-General"), if any. */
export function inlineSubject(before: string): string | undefined {
  const words = before.trim().split(/\s+/);
  for (let k = words.length - 1, n = 1; k >= 0 && n <= MAX_WORDS; k--, n++) {
    const w = words[k]!;
    if (NO_TITLE_WORD.test(w)) return undefined;
    // The line's first word starts it too (the subject opening the line).
    const prev = words[k - 1];
    if (!CAPITALISED.test(w) || (prev !== undefined && (!PLAIN_WORD.test(prev) || FUNCTION_WORD.test(prev))))
      continue;
    const subject = words.slice(k);
    if (subject.length < MIN_WORDS || FUNCTION_WORD.test(subject[subject.length - 1]!)) return undefined;
    return subject.join(' ');
  }
  return undefined;
}

/** The passage and title "<subject> — Report of the Secretary-General" of a masthead run into one line. */
export function inlineOfficeTitle(ctx: DocContext): { p: Passage; line: string } | undefined {
  const head = ctx.doc.text.slice(0, MASTHEAD);
  for (const m of head.matchAll(OFFICE)) {
    const p = passageAt(ctx, m.index);
    if (!p) continue;
    // The subject on the same line as the kind: a subject on its own line is document-title-subject.ts's.
    const lineStart = head.lastIndexOf('\n', m.index) + 1;
    const before = head.slice(lineStart, m.index);
    if (!before.trim()) continue;
    const subject = inlineSubject(before);
    if (subject) return { p, line: `${subject} — ${m[0]}` };
  }
  return undefined;
}
