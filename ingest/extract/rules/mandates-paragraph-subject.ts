// An instrument's paragraph as the subject of a request (MODEL.md MANDATES, with `paragraph`): "Paragraph
// 111 of the Tunis Agenda, endorsed by the General Assembly in resolution 60/252, requested the General
// Assembly to undertake the overall review …" (a WSIS review background page). The instrument the
// sentence opens with requests; a resolution in a participial clause between commas only endorsed it
// (rules/mandates.ts inParticipleClause). Summit outcomes are read here too: the paragraph names them.

import { type DocContext, type Mention, mentionsIn } from '../context.ts';
import { paragraphsBefore } from './references.ts';

// The sentence opens with the paragraph reference: "Paragraph 111 of the", "Paragraphs 69 to 71 of".
const OPENING = /^\W{0,4}[Pp]aragraphs?\s+\d+(?:\s*(?:[–-]|to|and)\s*\d+)?\s+of\s+(?:the\s+)?$/;

export interface ParagraphSubject {
  readonly res: Mention;
  readonly paragraph: string;
}

/** The instrument whose paragraph opens the sentence `s`, with that paragraph. */
export function paragraphSubject(
  ctx: DocContext,
  s: { start: number; end: number },
): ParagraphSubject | undefined {
  const first = mentionsIn(ctx, s.start, Math.min(s.end, s.start + 120), 'Resolution')[0];
  if (!first) return undefined;
  const before = ctx.doc.text.slice(s.start, first.start);
  if (!OPENING.test(before)) return undefined;
  const paragraph = paragraphsBefore(before);
  return paragraph ? { res: first, paragraph } : undefined;
}
