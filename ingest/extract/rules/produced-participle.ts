// Which of the instruments a sentence names before "adopted by" / "prepared by" the verb is said of
// (rules/produced.ts for a body, rules/produced-by-meeting.ts for a meeting).

import { type DocContext, type Mention, mentionsIn } from '../context.ts';

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

// Between the last instrument and "adopted": a comma, a symbol or date in brackets, "which was", "as".
const TAIL = /^\s*,?\s*(?:\([^()]{0,40}\)\s*,?\s*)?(?:(?:which|that)\s+(?:was|were)?\s*|as\s+)?$/i;
// Between two listed instruments: "and", "as well as", commas.
const JOIN = /^\s*(?:,\s*)?(?:(?:and|as well as)\s+)?(?:the\s+)?$/i;
const INSTRUMENT = (m: Mention): boolean => m.type === 'Resolution' || m.type === 'Document';

/**
 * The instruments listed right before offset `at` (within [from, at)), last first, with or without a comma
 * before the verb (rules/produced-by-meeting.ts): "the Declaration of Principles and the Plan of Action adopted by
 * the World Summit …", never an instrument a clause before names ("resolution 60/252, in which it endorsed the
 * Tunis Agenda adopted by the Summit").
 */
export function listedRightBefore(ctx: DocContext, from: number, at: number): Mention[] {
  const text = ctx.doc.text;
  const found = mentionsIn(ctx, from, at).filter(INSTRUMENT);
  const out: Mention[] = [];
  let end = at;
  let gap = TAIL;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]!;
    if (m.end > end) continue; // a mention inside the one taken ("Tunis Agenda" in a longer name)
    if (!gap.test(text.slice(m.end, end))) break;
    out.push(m);
    end = m.start;
    gap = JOIN;
  }
  return out;
}

// "…, the General Assembly Resolution 68/167, which discussed the report submitted by the United Nations High
// Commissioner for Human Rights" (a report of a Human Rights Council panel): a common noun for a document
// between the last instrument named and the verb is what the verb is said of, not the instrument.
const UNNAMED_OBJECT =
  /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:report|note|study|paper|statement|submission)s?\s*,?\s*$/u;

/** True when the words right before the verb at `verbAt` name an unnamed document after the last instrument. */
export function unnamedObject(ctx: DocContext, targets: readonly Mention[], verbAt: number): boolean {
  const last = targets[targets.length - 1];
  return last !== undefined && UNNAMED_OBJECT.test(ctx.doc.text.slice(last.end, verbAt));
}
