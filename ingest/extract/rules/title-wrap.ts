// A resolution's number line wrapped onto the next line ("38/7. The promotion, protection and enjoyment of
// human rights on the" over "Internet", A/HRC/RES/38/7 as text copied from its PDF; "32/13. … human rights"
// over "on the Internet"): the first line alone is a cut title. The rest is the next line when the first
// ends with a word that cannot end a title, or when the next is a short line in lower case that does not
// open the text ("The Human Rights Council,").

import type { DocContext } from '../context.ts';

type Passage = DocContext['passages'][number];

const BODY_OPENING = /^The\s[^,]{3,60},$/;
const OPEN_END = /\b(?:on|of|the|and|for|in|to|a|an)$/i;

/** The words that go on the title begun on the first line of `p`, or undefined when it is whole. */
export function titleRest(ctx: DocContext, p: Passage): string | undefined {
  const first = p.text.split('\n')[0]!.trim();
  const next = p.text.includes('\n')
    ? p.text.slice(p.text.indexOf('\n') + 1)
    : ctx.passages[ctx.passages.indexOf(p) + 1]?.text;
  const line = next?.trim().split('\n')[0]?.trim() ?? '';
  if (line.length === 0 || line.length >= 40 || BODY_OPENING.test(line) || /[.;:]$/.test(first))
    return undefined;
  return OPEN_END.test(first) || /^\p{Ll}/u.test(line) ? line : undefined;
}
