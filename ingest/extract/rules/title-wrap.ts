// A resolution's number line wrapped onto the next line ("38/7. The promotion, protection and enjoyment of
// human rights on the" over "Internet", A/HRC/RES/38/7 as text copied from its PDF; "32/13. … human rights"
// over "on the Internet"): the first line alone is a cut title. The rest is the next line when the first
// ends with a word that cannot end a title, or when the next is a short line in lower case that does not
// open the text ("The Human Rights Council,").

import type { DocContext } from '../context.ts';

type Passage = DocContext['passages'][number];

const BODY_OPENING = /^The\s[^,]{3,60},$/;
const OPEN_END = /\b(?:on|of|the|and|for|in|to|a|an)$/i;

/** The line ends with a word that cannot end a title: whatever follows, the line alone is no whole title. */
export const endsOpen = (line: string): boolean => OPEN_END.test(line.trim());

/** The words that go on the title begun on the first line of `p`, or undefined when it is whole. */
export function titleRest(ctx: DocContext, p: Passage): string | undefined {
  const first = p.text.split('\n')[0]!.trim();
  const next = p.text.includes('\n')
    ? p.text.slice(p.text.indexOf('\n') + 1)
    : ctx.passages[ctx.passages.indexOf(p) + 1]?.text;
  const line = next?.trim().split('\n')[0]?.trim() ?? '';
  if (line.length === 0 || line.length >= 40 || BODY_OPENING.test(line) || /[.;:]$/.test(first))
    return undefined;
  return endsOpen(first) || /^\p{Ll}/u.test(line) ? line : undefined;
}

// Any other title cut where a line ends with a word that cannot end one: "Report of the Special Rapporteur on
// the promotion and" over blank lines, then "protection of the right to freedom of opinion and expression"
// (A/HRC/38/35 as copied from its PDF, the masthead's title spread over lines apart). The next line goes on
// when it opens in lower case and ends no sentence; a masthead's title runs longer than a number line's.
const GOES_ON = /^\p{Ll}[^.;:]{0,150}$/u;
// After "of the" a title goes on with a name, in capitals: "Final REPORT OF THE tenth meeting of the" over
// "COuncil working group on international Internet-related" over "public policy issues (cwg-internet)" (an
// ITU working group's meeting report as copied from its PDF). Words in lower case among them, no sentence's end.
const NAME_GOES_ON = /^\p{Lu}[^.;:\n]{0,150}$/u;
const NAME_AFTER = /\b(?:of|for|on|to)(?:\s+the)?$/i;

/** What follows the line `first` of `p`: the rest of the passage, or the next passage when it is the last line. */
export function textAfter(ctx: DocContext, p: Passage, first: string): string | undefined {
  const lines = p.text.split('\n');
  const k = lines.findIndex((l) => l.trim() === first.trim());
  return k >= 0 && k + 1 < lines.length
    ? lines.slice(k + 1).join('\n')
    : ctx.passages[ctx.passages.indexOf(p) + 1]?.text;
}

/** The line that goes on a title whose line `first` (a line of `p`) ends with an open word, if any. */
export function openTitleRest(ctx: DocContext, p: Passage, first: string): string | undefined {
  if (!OPEN_END.test(first.trim())) return prepositionRest(ctx, p, first);
  const after = textAfter(ctx, p, first);
  const next = after?.trim().split('\n') ?? [];
  const line = next[0]?.trim() ?? '';
  if (GOES_ON.test(line)) return line;
  if (!NAME_AFTER.test(first.trim()) || !NAME_GOES_ON.test(line) || !/\s\p{Ll}/u.test(line)) return undefined;
  // The name's line, and a line in lower case going on from it.
  const more = next[1]?.trim() ?? '';
  return GOES_ON.test(more) ? `${line} ${more}` : line;
}

// A title may also wrap before a preposition: "Outcome document of the high-level meeting of the General Assembly
// on the overall review" over "of the implementation of the outcomes of the World Summit on the Information
// Society" (the running head of A/RES/70/125 as copied from its PDF), "Draft conclusions" over "for inclusion into
// the 2023 report of the GGE". The next line opens with the preposition in lower case, ends no sentence and runs
// long: a short one is a cover page's layout ("UNGIS Joint Statement" over "on the Post-2015" over "Development"),
// whose title goes on over lines this cannot end.
const PREPOSITION_LINE = /^(?:of|on|for|in|to|by|and)\s[^.;:]{26,150}$/;

function prepositionRest(ctx: DocContext, p: Passage, first: string): string | undefined {
  if (/[.;:,]$/.test(first.trim())) return undefined;
  const after = textAfter(ctx, p, first);
  const line = after?.trim().split('\n')[0]?.trim() ?? '';
  return PREPOSITION_LINE.test(line) ? line : undefined;
}
