// Which of the instruments a sentence names before "adopted by" / "prepared by" the verb is said of
// (rules/produced.ts).

import type { DocContext, Mention } from '../context.ts';

// A footnote mark after a name ("the Cartagena Commitment,  4/ adopted by", A/RES/50/101).
const MARK = '(?:\\s*\\d{1,2}\\/)?';
const JOINER = new RegExp(`^\\)?${MARK}\\s*(?:,${MARK}\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?\\(?$`);
const PARTICIPLE = new RegExp(`^\\)?${MARK}\\s*,${MARK}\\s*$`);

/**
 * "Reaffirming the Vienna Programme of Action …, and recalling … the Cartagena Commitment, adopted by the United
 * Nations Conference on Trade and Development" (GA resolution 50/101): a participle after a comma is said of the
 * name right before it, and of the names listed with it, not of every instrument the sentence names before.
 */
export function nearestList(ctx: DocContext, targets: Mention[], verbAt: number): Mention[] {
  const last = targets[targets.length - 1];
  if (!last || !PARTICIPLE.test(ctx.doc.text.slice(last.end, verbAt))) return targets;
  let k = targets.length - 1;
  while (k > 0 && JOINER.test(ctx.doc.text.slice(targets[k - 1]!.end, targets[k]!.start))) k--;
  return targets.slice(k);
}
