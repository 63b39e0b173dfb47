// "submitted by the United Nations Group on the Information Society" (rules/agents.ts): a known name
// that only opens a longer body's name is not that body, so no PRODUCED edge goes to the United Nations
// or to ITU; the known body alone, or with a lower-case word after it, still acts. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const produced = (text: string) => {
  const g = extractText(text, 'agents.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'agents.txt')!;
  return (from: string) => hasEdge(g, 'PRODUCED', from, doc.id);
};

const CASES: [text: string, from: string, want: boolean][] = [
  [
    'Response to the review\n\nThis document is the response submitted by the United Nations Group on the Information Society (UNGIS) to the review.',
    'organization:united-nations',
    false,
  ],
  [
    'Note on the plan\n\nThis note was prepared by the ITU Council Working Group on the plan.',
    'organization:itu',
    false,
  ],
  [
    'Note on the plan\n\nThis note was prepared by the UNCTAD secretariat for the Commission.',
    'organization:unctad',
    true,
  ],
  [
    'Note on the plan\n\nThis note was prepared by UNESCO in close consultation with members.',
    'organization:unesco',
    true,
  ],
  // "the UN" before a capitalised word that starts no known name opens a name the gazetteer does not know
  // (a mistyped post, "Secreetary General"): no PRODUCED for the United Nations (q61).
  [
    'Sample page\n\nReport of the UN Secreetary General on digital questions\n\nThe report sets out actions.',
    'organization:united-nations',
    false,
  ],
  [
    'Note on the plan\n\nThis note was prepared by the United Nations Sample Fund for the members.',
    'organization:united-nations',
    false,
  ],
  // Negative: the United Nations with a lower-case word or "Member States" after it still acts.
  [
    'Note on the plan\n\nThis note was prepared by the United Nations in close consultation with members.',
    'organization:united-nations',
    true,
  ],
  [
    'Note on the plan\n\nThis note was prepared by the United Nations Member States together.',
    'organization:united-nations',
    true,
  ],
];

describe('a known name opening a longer one', () => {
  it.each(CASES)('%s', (text, from, want) => {
    expect(produced(text)(from)).toBe(want);
  });
});
