// The kind of a body no gazetteer entry names (rules/affiliation-kinds.ts): a company's group is private
// sector ("Executive Chairman of Alibaba Group"), a working, advisory or expert group is not; a unit named
// after a UN body is a UN body; a name that says nothing of its kind is "other", never civil society by default.

import { describe, expect, it } from 'vitest';
import { guessKind } from '../../../ingest/extract/rules/affiliation-kinds.ts';
import type { GazetteerEntry } from '../../../ingest/gazetteer/types.ts';

describe('the kind of an unknown body', () => {
  const CASES: [name: string, kind: string][] = [
    ['Example Group', 'private-sector'],
    ['Sample Holdings', 'private-sector'],
    ['Example Consulting Ltd', 'private-sector'],
    ['University of Somewhere', 'technical-academic'],
    ['Example Advisory Group', 'other'],
    ['Group of Friends of Example', 'other'],
    ['Regional Expert Group', 'other'],
    ['Example Foundation', 'civil-society'],
    ['Association for Example Communications', 'civil-society'],
    ['Example Initiative', 'civil-society'],
    ['Examplesoft', 'other'],
    ['Rejuvenation Team of the National Example', 'other'],
    ['National Internet Exchange of Example', 'technical-academic'],
    ['Example Division', 'other'],
    // The information society a body works for is no society it is; a society of its own still is.
    ['Agency for E-Government and the Information and Knowledge Society', 'other'],
    ['Example Agency for the Information Society', 'other'],
    ['Example Information Technology Society', 'civil-society'],
    ['Information Society Example Association', 'civil-society'],
  ];
  for (const [name, kind] of CASES) it(name, () => expect(guessKind(name, [])).toBe(kind));

  const un = { kind: 'un-body' } as GazetteerEntry;
  const state = { kind: 'member-state' } as GazetteerEntry;
  it.each([
    ['a unit named after a UN body', 'EXU Telecommunication Development Bureau', un, 'un-body'],
    ['a unit named after a State', 'Examplia Development Bureau', state, 'other'],
    ["a UN body's name before a non-unit", 'EXU Friends Network', un, 'other'],
  ])('%s', (_name, name, head, kind) => expect(guessKind(name, [], head)).toBe(kind));
});
