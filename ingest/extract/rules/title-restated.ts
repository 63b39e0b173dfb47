// A web page's heading restated at the start of the longer line under it: "Terms of Reference" over "Terms of
// Reference of the Council Working Group on …" (an ITU Council group's page), "PP Resolution 140" over "PP
// RESOLUTION 140 (Rev. Guadalajara, 2010)" (a site's copy of an ITU resolution). The page's own heading starts
// there, and the longer line titles it; the lines above are the site's banner and tagline ("Committed to
// connecting the world", "Recognizing WSIS Impacts"), which title nothing (rules/document.ts).

import type { DocContext } from '../context.ts';

type Passage = DocContext['passages'][number];

// Only the opening blocks of a page.
const OPENING = 8;

const words = (line: string): string => line.replace(/\s+/g, ' ').trim().toLowerCase();

/** The passage and line restating a short heading just above it, among the opening passages. */
export function restatedHeading(ctx: DocContext): { p: Passage; line: string } | undefined {
  const head = ctx.passages.slice(0, OPENING);
  for (let i = 1; i + 1 < head.length; i++) {
    const h = head[i]!;
    const next = head[i + 1]!;
    // A heading of a line, two words or more, none a sentence's end; the banner lines above it.
    if (h.kind !== 'heading' || h.text.trim().includes('\n')) continue;
    const short = words(h.text);
    if (!/\s/.test(short) || short.length > 80 || /[.:;!?]$/.test(short)) continue;
    if (next.kind !== 'heading' && next.kind !== 'text') continue;
    const line = next.text.trim().split('\n')[0]!.trim();
    const long = words(line);
    // The same words, then more of the title: not a sentence going on from them.
    if (long.length <= short.length || !long.startsWith(short) || !/^[\s(]/.test(long.slice(short.length)))
      continue;
    if (line.length > 200 || /[.:;!?]$/.test(line)) continue;
    return { p: next, line };
  }
  return undefined;
}
