// A letter circulated as a UN document is titled "Letter dated 16 May 1996 from the representatives of X and Y to
// the United Nations addressed to the Secretary-General", and its masthead wraps that title over two or three
// lines (A/51/138 as the UN's web page gives it; a mailing list's plain text of A/66/359, the lines between
// stars). The title goes on to the line that names its addressee ("addressed to the Secretary-General", "… to the
// President of the Security Council"); without such a line in reach it is left as the other rules cut it.

import type { DocContext } from '../context.ts';
import { textAfter } from './title-wrap.ts';

type Passage = DocContext['passages'][number];

const LETTER = /^[*\s]*(?:Letter|Identical\s+letters|Note\s+verbale)\s+dated\b/;
const ADDRESSED = /\baddressed\s+to\s+the\s+\p{Lu}/u;

/** The lines that go on a letter's title begun on line `first` of `p`, up to its addressee, else undefined. */
export function letterTitleRest(ctx: DocContext, p: Passage, first: string): string | undefined {
  if (!LETTER.test(first) || ADDRESSED.test(first)) return undefined;
  const lines = (textAfter(ctx, p, first) ?? '').split('\n').slice(0, 3);
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    // A blank line or a sentence ends the title's block before its addressee: no title to go on.
    if (line.length === 0 || line.length > 120 || /[.;:]\s/.test(line)) return undefined;
    out.push(line);
    if (ADDRESSED.test(line)) return out.join(' ');
  }
  return undefined;
}
