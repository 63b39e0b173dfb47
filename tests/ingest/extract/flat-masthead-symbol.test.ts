// A UN masthead flattened into one line by a web copy, its symbol last before
// the distribution line (rules/document.ts): "United Nations A/99/66–E/2099/49
// General Assembly Economic and Social Council Distr.: General 12 March 2099".
// The symbol is the document's own (no REFERENCES to itself) and its date is
// the one after "Distr.:", not a session's dates written before it. A symbol
// in a sentence is still a reference. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string) => {
  const g = extractText(text, 'flat.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'flat.txt')!;
  const refs = g.edges.filter((e) => e.type === 'REFERENCES' && e.from === doc.id).map((e) => e.to);
  return { id: doc.id, date: doc.properties.date, refs };
};

const HEAD =
  'General Assembly Economic and Social Council\n\nGeneral Assembly Ninety-ninth session Economic and Social Council Substantive session of 2099 Geneva, 3–28 July 2099 Report of the Secretary-General Summary This report reviews progress. * A/99/50.';

const CASES: [name: string, text: string, id: string, date: string, refs: string[], notRefs: string[]][] = [
  [
    'joint symbol before Distr.',
    `${HEAD} United Nations A/99/66–E/2099/49 General Assembly Economic and Social Council Distr.: General 12 March 2099 Original: English`,
    'document:a-99-66-e-2099-49',
    '2099-03-12',
    ['document:a-99-50'],
    ['document:a-99-66-e-2099-49', 'document:a-99-66', 'document:e-2099-49'],
  ],
  [
    'single symbol before Distr.',
    `${HEAD} United Nations E/2099/49 Distr.: General 12 March 2099`,
    'document:e-2099-49',
    '2099-03-12',
    ['document:a-99-50'],
    ['document:e-2099-49'],
  ],
  // Negative: a symbol cited in a sentence, with no distribution line after it, stays a reference.
  [
    'symbol in a sentence',
    `${HEAD} The report follows A/99/66–E/2099/49 of last year.`,
    'document:flat',
    '',
    ['document:a-99-66-e-2099-49'],
    [],
  ],
];

describe('a masthead run into one line', () => {
  it.each(CASES)('%s', (_n, text, id, date, refs, notRefs) => {
    const f = facts(text);
    expect(f.id).toBe(id);
    if (date) expect(f.date).toBe(date);
    else expect(f.date).not.toBe('2099-07-03');
    for (const r of refs) expect(f.refs).toContain(r);
    for (const r of notRefs) expect(f.refs).not.toContain(r);
  });
});
