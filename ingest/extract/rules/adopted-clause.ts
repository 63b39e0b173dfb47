// A resolution that is the subject of its sentence's "was adopted … on <date>": "The Outcome Document
// (A/RES/80/173) of the High-Level Meeting of the General Assembly on the overall review of the
// implementation of the outcomes of the World Summit on the Information Society was adopted by consensus
// on 17 December 2025" (UNGIS page on the WSIS+20 review). The date is the resolution's adoptedOn
// (MODEL.md Resolution), and a General Assembly or Council named in that subject, or after "adopted by",
// is the body that adopted it (PRODUCED). Only the subject's own verb: "…, which was adopted on …" or a
// clause after a comma is about another thing; a second symbol before the verb owns it.

import { firstDate } from '../parse/dates.ts';
import { type Organ, organNamed } from './symbol-adopting.ts';

export interface AdoptedClause {
  /** ISO date of the adoption, when the clause gives one. */
  readonly on?: string;
  /** The body the subject or "adopted by" names: General Assembly or Economic and Social Council. */
  readonly body?: Organ;
}

// What may stand before the symbol in its sentence: a short capitalised subject ("The Outcome Document (",
// "General Assembly resolution ", "Resolution "), no verb, no clause.
const BEFORE = /(?:^|[.;:]\s+|\n)(?:The\s+)?(?:[\p{Lu}][\p{L}-]*\s+|resolution\s+){0,5}\(?$/u;
// From the symbol to the verb: "of …", "on …", "entitled …" without a comma, a stop or another symbol.
const TO_VERB =
  /^\)?(?:\s+(?:of|on|entitled|for)\s+[^.;,/()]{0,260}?)?\s+(?:was|were)\s+(?:formally\s+|finally\s+)?adopted\b([^.;]{0,80})/u;
const HOW = /^(?:\s+(?:by\s+consensus|without\s+a\s+vote|unanimously))?/;
const BY_BODY = /^\s+by\s+the\s+(General Assembly|Economic and Social Council)\b/;
const ON_DATE = /^\s+on\s+(\d{1,2}\s+\p{Lu}\p{Ll}+,?\s+\d{4})/u;
const BODY_IN_SUBJECT = /\b(?:of|by)\s+the\s+(General Assembly|Economic and Social Council)\b/;

/** The adoption clause whose subject holds the symbol at `index` (of `length`) in `text`, or none. */
export function adoptedClause(text: string, index: number, length: number): AdoptedClause | undefined {
  if (!BEFORE.test(text.slice(Math.max(0, index - 80), index))) return undefined;
  const rest = text.slice(index + length, index + length + 400);
  const m = TO_VERB.exec(rest);
  if (!m) return undefined;
  let tail = m[1]!;
  tail = tail.slice(HOW.exec(tail)![0].length);
  const by = BY_BODY.exec(tail);
  if (by) tail = tail.slice(by[0].length);
  tail = tail.slice(HOW.exec(tail)![0].length);
  const on = ON_DATE.exec(tail);
  const subject = rest.slice(0, m.index + m[0].length - m[1]!.length);
  const body = organNamed(by?.[1] ?? BODY_IN_SUBJECT.exec(subject)?.[1]);
  const date = on ? firstDate(on[1]!)?.start : undefined;
  if (!date && !body) return undefined;
  return { ...(date ? { on: date } : {}), ...(body ? { body } : {}) };
}
