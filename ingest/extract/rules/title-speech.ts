// Lines of a copied page that a title is never (rules/title-furniture.ts furniture):
//   - a spoken line of a transcript: one opening with a conjunction or the speaker's "I'm", "I am", "We are"
//     ("But what exactly is the Global Dialogue?", "I'm part of the office of the UN Secretary", the UN
//     Information Service's teleprompter copies of its Geneva press briefings) goes on from what was said;
//   - the copy's last line, under its prose: "AI is tr" (a press release's copy cut at the store's length)
//     heads nothing, since nothing comes under it.
// A news distributor's stamp is distributor-stamp.ts's.

import type { DocContext } from '../context.ts';

const SPOKEN =
  /^(?:But|And|So|Yet|Well|Um|Uh|I['’](?:m|ve|ll|d)|I\s+(?:am|have|was|will|would|think)|We['’](?:re|ve|ll)|We\s+(?:are|have|will|would))\b/;

/** A spoken line of a transcript. */
export const spokenLine = (line: string): boolean => SPOKEN.test(line.trim());

/** The text's last line, with prose above it: where the copy was cut. */
export function lastLineUnderProse(ctx: DocContext, line: string): boolean {
  const l = line.trim();
  const text = ctx.doc.text.trimEnd();
  if (l === '' || !text.endsWith(l)) return false;
  const above = text.slice(0, text.length - l.length);
  return /[.!?:]["”’)]?\s*$/.test(above.trimEnd()) && /\p{L}[^.!?\n]{40,}[.!?]/u.test(above);
}
