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

// "Takes note of the World Summit on the Information Society process and 2030 Agenda-Global Digital Compact matrix
// prepared by the United Nations Group on the Information Society" (A/RES/80/118 ¶35): an instrument's name that
// modifies a common noun (after it, or joined by a dash to another name before it) is no object of the verb; the
// noun is. Not a verb's auxiliary or an adverb ("which was adopted by", "unanimously adopted by"), nor annexes,
// adopted with the instrument ("the Pact for the Future and its annexes adopted by").
const MODIFIED_NOUN = /^(?:[-–—‑][^,;.()]*?)?\s+(?:(\p{Ll}[\p{Ll}-]{2,})\s+)?(\p{Ll}[\p{Ll}-]{2,})\s*,?\s*$/u;
const NOT_A_NOUN =
  /^(?:was|were|been|being|is|are|has|have|had|which|that|as|also|and|annex|annexes|\p{Ll}+ly)$/u;

/** True when the words right before the verb at `verbAt` name an unnamed document after the last instrument. */
export function unnamedObject(ctx: DocContext, targets: readonly Mention[], verbAt: number): boolean {
  const last = targets[targets.length - 1];
  if (last === undefined) return false;
  const between = ctx.doc.text.slice(last.end, verbAt);
  if (UNNAMED_OBJECT.test(between)) return true;
  const noun = MODIFIED_NOUN.exec(between);
  return noun !== null && [noun[1], noun[2]].every((w) => w === undefined || !NOT_A_NOUN.test(w));
}
