// The kind of a body no gazetteer entry names (rules/affiliation-kinds.ts): a company's group is private
// sector ("Executive Chairman of Alibaba Group"), a working, advisory or expert group is not.

import { describe, expect, it } from 'vitest';
import { guessKind } from '../../../ingest/extract/rules/affiliation-kinds.ts';

describe('the kind of an unknown body', () => {
  const CASES: [name: string, kind: string][] = [
    ['Example Group', 'private-sector'],
    ['Sample Holdings', 'private-sector'],
    ['Example Consulting Ltd', 'private-sector'],
    ['University of Somewhere', 'technical-academic'],
    ['Example Advisory Group', 'civil-society'],
    ['Group of Friends of Example', 'civil-society'],
    ['Regional Expert Group', 'civil-society'],
    ['Example Foundation', 'civil-society'],
  ];
  for (const [name, kind] of CASES) it(name, () => expect(guessKind(name, [])).toBe(kind));
});
