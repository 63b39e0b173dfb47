// The symbols a masthead gives the document itself (rules/document.ts,
// references.ts): a joint symbol with an en dash is one symbol
// ("A/99/64–E/2099/77"), a symbol on the next line is the same document's
// other symbol ("E/2099/31" over "E/CN.16/2099/5"); the document never
// REFERENCES itself, while a symbol after a blank line or in a sentence is
// still a reference.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text, 'masthead.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'masthead.txt')!;
  return {
    id: doc.id,
    aliases: doc.aliases ?? [],
    refs: g.edges.filter((e) => e.type === 'REFERENCES' && e.from === doc.id).map((e) => e.to),
  };
};

const CASES: [text: string, id: string, aliases: string[], refs: string[], notRefs: string[]][] = [
  [
    'A/99/64–E/2099/77\n\nUnited Nations\nGeneral Assembly\nDistr.: General\n14 March 2099\n\nReport of the Secretary-General\n\n1. The report follows resolution 2006/46.',
    'document:a-99-64-e-2099-77',
    ['A/99/64-E/2099/77', 'A/99/64', 'E/2099/77'],
    ['resolution:e-res-2006-46'],
    ['document:a-99-64', 'document:e-2099-77'],
  ],
  [
    'E/2099/31\nE/CN.16/2099/5\n\nCommission on Science and Technology for Development\n\nReport on the eighth session (23-27 May 2099)',
    'document:e-2099-31',
    ['E/CN.16/2099/5'],
    [],
    ['document:e-cn-16-2099-5'],
  ],
  // The hyphenated form was already one symbol.
  [
    'A/99/66-E/2099/49\n\nReport of the Secretary-General',
    'document:a-99-66-e-2099-49',
    [],
    [],
    ['document:a-99-66-e-2099-49'],
  ],
  // A list of documents after a blank line: references, not the document's own symbols.
  [
    'Reference: A/99/100\n\nA/99/111\nLetter dated 5 July 2099 from the Permanent Representative of Example\n\nA/99/323\nReport of the Secretary-General on information technologies',
    'document:a-99-100',
    [],
    ['document:a-99-111', 'document:a-99-323'],
    [],
  ],
];

describe('symbols of the masthead', () => {
  for (const [text, id, aliases, refs, notRefs] of CASES)
    it(text.split('\n')[0]!, () => {
      const f = facts(text);
      expect(f.id).toBe(id);
      for (const a of aliases) expect(f.aliases).toContain(a);
      for (const r of refs) expect(f.refs).toContain(r);
      for (const r of notRefs) expect(f.refs).not.toContain(r);
    });
});
