// "The High-Level Event 2024 was co-hosted by …, and co-organized by ITU, UNESCO, UNDP and UNCTAD" (the Chair's
// summary of a WSIS forum), a paragraph after "From 27 to 31 May 2024, the WSIS+20 Forum High-Level Event 2024
// was held in Geneva": a short form of a gathering named just before is that gathering, when its name holds the
// words ("High-Level Event"). A page whose heading names no gathering has no current meeting to fall back on
// (current-meeting.ts); a kind word alone ("The event") is left to it.

import type { DocContext, Mention } from '../context.ts';
import { lastMentionBefore } from '../mention-queries.ts';

const SHORT_FORM =
  /^\W*[Tt]he\s+((?:[\p{Lu}][\p{L}]*-)?[\p{Lu}][\p{L}-]*\s+(?:[\p{Lu}][\p{L}-]*\s+)?(?:Event|Meeting|Forum|Conference|Summit|Session|Consultations?|Workshop))\b/u;
// Only the gatherings named a few paragraphs before.
const REACH = 1500;

/** The gathering named before `start` that the sentence's opening short form ("The High-Level Event") stands for. */
export function shortFormMeeting(
  ctx: DocContext,
  sentenceStart: number,
  verbAt: number,
): Mention | undefined {
  const m = SHORT_FORM.exec(ctx.doc.text.slice(sentenceStart, verbAt));
  if (!m) return undefined;
  const words = m[1]!.toLowerCase();
  return lastMentionBefore(
    ctx,
    sentenceStart,
    (x) => x.type === 'Meeting' && x.surface.toLowerCase().includes(words),
    sentenceStart - REACH,
  );
}
