// A verbatim record's masthead names its presiding officers by honorific and surname alone, with their
// Member State: "President: Mr. Muhammad-Bande (Nigeria)", "In the absence of the President, Ms. Beckles
// (Trinidad and Tobago), Vice-President, took the Chair." (General Assembly verbatim records, A/74/PV.52).
// The people rule keeps a surname alone only for a person known by it (people.ts); on these masthead lines
// (rules/chair-mastheads.ts) the honorific, the surname and a Member State the gazetteer knows in brackets
// right after it are a person, so the surname is read as one.

import type { Passage } from '../../types.ts';
import { type DocContext, type Mention, mentionsStartingIn } from '../context.ts';
import { addBarePerson } from './bare-person.ts';
import { isMemberState } from './body-kinds.ts';

// The honorific, then one to three capitalised words (hyphens, apostrophes), then the bracket.
const SURNAME =
  /(?:^|[\s:,])(Mr|Ms|Mrs|Dr)\.\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=[\s.…]*\(([^()\n]{2,60})\))/gu;

export interface Surname {
  readonly name: string;
  /** "Mr.", "Ms.": the honorific written before it. */
  readonly honorific: string;
  readonly start: number;
  readonly end: number;
}

/** The last surname after an honorific and before a bracketed Member State between `from` and `to`. */
export function mastheadSurname(ctx: DocContext, from: number, to: number): Surname | undefined {
  let found: Surname | undefined;
  const text = ctx.doc.text.slice(from, to);
  for (const m of text.matchAll(SURNAME)) {
    const start = from + m.index + m[0].indexOf(m[2]!, m[0].indexOf('.'));
    const bracket = from + m.index + m[0].length + text.slice(m.index + m[0].length).indexOf('(') + 1;
    const state = mentionsStartingIn(ctx, bracket, bracket).find(
      (x) => isMemberState(ctx, x.id) && x.surface === m[3]!.trim(),
    );
    if (state) found = { name: m[2]!, honorific: `${m[1]!}.`, start, end: start + m[2]!.length };
  }
  return found;
}

/** The surname as a Person (once the caller has checked the words around it). */
export function addSurname(ctx: DocContext, p: Passage, s: Surname): Mention {
  return addBarePerson(ctx, p, s.name, s.start, 'chair-mastheads:surname', s.honorific);
}
