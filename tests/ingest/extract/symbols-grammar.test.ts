// UN symbol grammar on real-world spellings (issue 3, item 3): a joint symbol
// joined by an en or em dash is one symbol written with a hyphen; a full stop
// after a symbol ends the sentence, never the symbol; the masthead's own
// symbols (and each half of a joint one) are not cited documents; a footnote's number run into its text
// ("consensus,2A/75/816.") is not the symbol's.

import { describe, expect, it } from 'vitest';
import { findSymbols, jointParts } from '../../../ingest/extract/rules/symbols.ts';
import { extractText } from './helpers.ts';

describe('symbol grammar', () => {
  // [text, symbols found, surfaces in the text]
  const CASES: [string, string[], string[]][] = [
    ['the report A/98/64–E/2098/77 of the Secretary-General', ['A/98/64-E/2098/77'], ['A/98/64–E/2098/77']],
    ['A/98/64—E/2098/77', ['A/98/64-E/2098/77'], ['A/98/64—E/2098/77']],
    ['(A/98/66/Add.1–E/2098/49/Add.1)', ['A/98/66/Add.1-E/2098/49/Add.1'], ['A/98/66/Add.1–E/2098/49/Add.1']],
    ['as set out in A/RES/98/125.', ['A/RES/98/125'], ['A/RES/98/125']],
    ['documents A/98/50. and E/2098/1.', ['A/98/50', 'E/2098/1'], ['A/98/50', 'E/2098/1']],
    ['see E/CN.16/2098/CRP.3.', ['E/CN.16/2098/CRP.3'], ['E/CN.16/2098/CRP.3']],
    ['draft A/C.2/98/L.4/Rev.1.', ['A/C.2/98/L.4/Rev.1'], ['A/C.2/98/L.4/Rev.1']],
    // Negative: a spaced dash between two symbols is punctuation, not a joint symbol.
    ['A/98/64 – E/2098/77', ['A/98/64', 'E/2098/77'], ['A/98/64', 'E/2098/77']],
    // Negative: a dash after a symbol and a word is not a joint.
    ['A/98/64–Report', ['A/98/64'], ['A/98/64']],
    // A footnote's number run into its text after punctuation is no part of the symbol.
    ['agreed by consensus,2A/98/816. It was noted.', ['A/98/816'], ['A/98/816']],
    [
      'the reports of the group,4A/98/275 and A/99/265 respectively.',
      ['A/98/275', 'A/99/265'],
      ['A/98/275', 'A/99/265'],
    ],
    ['as in the report.12E/CN.16/2098/3 of the Commission', ['E/CN.16/2098/3'], ['E/CN.16/2098/3']],
    // Negative: digits run into a symbol after a letter or a noun they number ("the item 2A/…"), or three
    // digits, make no note number (after another word they do: oewg-web-copies.test.ts).
    ['the item 2A/98/816 and page22A/98/816', [], []],
    ['in 2098,123A/98/816 was issued', [], []],
    // A link cut at the end of the line above ends there: the masthead's symbol under it is a symbol (q57).
    ['Sample page 79 http://www.sample.i\nA/98/65–E/2098/12', ['A/98/65-E/2098/12'], ['A/98/65–E/2098/12']],
    ['see http://example.org/docs and A/RES/98/125', ['A/RES/98/125'], ['A/RES/98/125']],
    // Negative: a symbol inside a link is the link's.
    ['http://example.org/Get?Open&DS=A/RES/98/270B&Lang=E', [], []],
    ['see https://example.org/view_doc.asp?symbol=A/98/64', [], []],
    // A draft's "L." typed in lower case before its number is the draft's L (q61).
    ['by the terms of the text (document A/98/l.118), the Assembly', ['A/98/L.118'], ['A/98/l.118']],
    ['the drafts A/C.2/98/l.4 and A/98/L.9', ['A/C.2/98/L.4', 'A/98/L.9'], ['A/C.2/98/l.4', 'A/98/L.9']],
    // A revision in lower case, run on with a full stop or after a slash, is the draft's revision (q64).
    ['in its decision A/98/L.33.rev.1 of 20 January 2098', ['A/98/L.33/Rev.1'], ['A/98/L.33.rev.1']],
    ['the draft A/C.3/98/L.11/rev.2, as revised', ['A/C.3/98/L.11/Rev.2'], ['A/C.3/98/L.11/rev.2']],
    // Negative: "rev" not followed by a full stop and a number stays out of the symbol.
    ['see A/98/L.33.review of it', ['A/98/L.33'], ['A/98/L.33']],
    // Negative: a lower-case "l" not followed by a full stop and a number is no part of a symbol.
    ['see A/98/l and A/98/lx.4', [], []],
  ];
  for (const [text, symbols, surfaces] of CASES)
    it(text, () => {
      const found = findSymbols(text, 'dash');
      expect(found.map((s) => s.symbol)).toEqual(symbols);
      expect(found.map((s) => text.slice(s.index, s.index + s.length))).toEqual(surfaces);
    });

  it('the masthead reading (hyphen joints only) leaves a dash-joined pair as two symbols', () => {
    expect(findSymbols('A/98/64–E/2098/77').map((s) => s.symbol)).toEqual(['A/98/64', 'E/2098/77']);
    expect(findSymbols('A/98/64-E/2098/77').map((s) => s.symbol)).toEqual(['A/98/64-E/2098/77']);
  });

  it('joint parts', () => {
    expect(jointParts('A/98/64-E/2098/77')).toEqual(['A/98/64-E/2098/77', 'A/98/64', 'E/2098/77']);
    expect(jointParts('E/CN.16/2098/5')).toEqual(['E/CN.16/2098/5']);
  });
});

describe('cited symbols in extracted text', () => {
  const docs = (text: string) => {
    const g = extractText(text, 'symbols-grammar.txt');
    return g.nodes.filter((n) => n.type === 'Document' || n.type === 'Resolution');
  };
  // [text, ids present, ids absent]
  const CASES: [string, string[], string[]][] = [
    [
      'E/2098/31\nE/CN.16/2098/5\n\nCommission on Science and Technology for Development\n\n1. The present report (E/CN.16/2098/5) was adopted. It follows A/98/50.',
      ['document:a-98-50'],
      ['document:e-cn-16-2098-5'],
    ],
    [
      'A/98/64–E/2098/77\n\nReport of the Secretary-General\n\n1. This report (A/98/64) responds to E/2098/1.',
      ['document:e-2098-1'],
      ['document:a-98-64', 'document:e-2098-77'],
    ],
  ];
  for (const [text, present, absent] of CASES)
    it(text.split('\n')[0]!, () => {
      const nodes = docs(text);
      const ids = nodes.map((n) => n.id);
      for (const id of present) expect(ids).toContain(id);
      for (const id of absent) expect(ids).not.toContain(id);
      for (const n of nodes) for (const a of n.aliases ?? []) expect(a).not.toMatch(/\.$/);
    });
});
