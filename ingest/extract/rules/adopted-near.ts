// A resolution's adoption said next to its number, not as its sentence's verb (adopted-clause.ts): after it,
// "Through its resolution 74/247, adopted on 27 December 2019, the General Assembly …" (UNODC's page of the Ad
// Hoc Committee), or at a plenary meeting of the body, "The Convention was adopted on 24 December 2024 by
// Resolution 79/243 at the 55th plenary meeting of the General Assembly" (the Treaty Collection's status page);
// before it, that same "adopted on <date> by", or the body's own sentence "On 26 May 2021, at its 71st
// plenary meeting, the General Assembly adopted resolution 75/282" (UNODC). The date is the resolution's
// adoptedOn; the body of the plenary meeting PRODUCED it.

import { firstDate } from '../parse/dates.ts';
import { adoptedAfter } from './symbol-adopted-after.ts';
import { type Organ, organNamed } from './symbol-adopting.ts';

export interface AdoptedNear {
  readonly on?: string;
  readonly body?: Organ;
}

const DATE = '(\\d{1,2}\\s+\\p{Lu}\\p{Ll}+,?\\s+\\d{4})';
const BODY = '(General Assembly|Economic and Social Council)';
// "adopted on 24 December 2024 by " right before it ("Resolution 79/243").
const ADOPTED_BEFORE = new RegExp(`\\badopted\\s+on\\s+${DATE}\\s+by\\s+(?:its\\s+|the\\s+)?$`, 'u');
// "On 26 May 2021, at its 71st plenary meeting, the General Assembly adopted " right before it.
const BODY_ADOPTED = new RegExp(
  `\\bOn\\s+${DATE},\\s+(?:at\\s+its\\s+[^,;.]{1,40},\\s+)?the\\s+${BODY}\\s+adopted\\s+$`,
  'u',
);
// " at the 55th plenary meeting of the General Assembly" after it.
const PLENARY_OF = new RegExp(
  `^\\)?,?\\s+(?:at|during)\\s+the\\s+\\d{1,3}(?:st|nd|rd|th)\\s+plenary\\s+meeting\\s+of\\s+the\\s+${BODY}`,
  'u',
);

/** The adoption date and body `text` gives next to the resolution number at `index` (of `length`). */
export function adoptedNear(text: string, index: number, length: number): AdoptedNear | undefined {
  const before = text.slice(Math.max(0, index - 120), index);
  const after = text.slice(index + length, index + length + 120);
  const bodyBefore = BODY_ADOPTED.exec(before);
  // ", adopted on 27 December 2019" right after the number: the clause symbol-adopted-after.ts reads.
  const raw = ADOPTED_BEFORE.exec(before)?.[1] ?? bodyBefore?.[1];
  const on = adoptedAfter(after) ?? (raw ? firstDate(raw)?.start : undefined);
  const body = organNamed(PLENARY_OF.exec(after)?.[1] ?? bodyBefore?.[2]);
  if (!on && !body) return undefined;
  return { ...(on ? { on } : {}), ...(body ? { body } : {}) };
}
