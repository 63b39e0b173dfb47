// "The report was prepared by UNCTAD" in a text that is no report itself: a news item on an ECOSOC meeting
// ("Mr. X of UNCTAD introduced the UN Secretary-General's report on Progress made … (document
// A/67/66-E/2012/49)." then "The report was prepared by UNCTAD in collaboration with …", UNCTAD news of
// 25 July 2012) speaks of the report it has just cited, not of itself. "The report" (not "This report" nor
// "The present report") after a sentence citing a report by its symbol is that report; a report's own
// summary ("The report has been prepared by the UNCTAD secretariat", A/66/64–E/2011/77) cites none before.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, lastMentionBefore, type Mention, sentenceAt } from '../context.ts';

// How far back the cited report may stand: the sentence before, or the paragraph before it.
const MAX_BACK = 800;
const DEFINITE_REPORT = /^\W*The\s+report\b/;
const REPORT_WORD = /\breport\b/i;

/** The report "The report …" at `at` (a sentence's start) refers to, when an earlier sentence cites one. */
export function antecedentReport(
  ctx: DocContext,
  p: Passage,
  sentenceStart: number,
  before: string,
): Mention | undefined {
  if (!DEFINITE_REPORT.test(before)) return undefined;
  const i = indexOfPassage(ctx, p);
  const from = Math.max(i > 0 ? ctx.passages[i - 1]!.start : p.start, sentenceStart - MAX_BACK);
  const cited = lastMentionBefore(
    ctx,
    sentenceStart,
    (m) => m.type === 'Document' && m.id !== ctx.info.id,
    from,
  );
  if (!cited) return undefined;
  // The cited symbol's own sentence calls it a report ("the … report on Progress made … (document A/67/66-…)").
  const s = sentenceAt(cited.passage, cited.start);
  const text = s ? ctx.doc.text.slice(s.start, cited.start) : '';
  return REPORT_WORD.test(text) ? cited : undefined;
}
