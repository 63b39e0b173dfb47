// A resolution that is its sentence's subject, dated by "was adopted … on <date>" (rules/adopted-clause.ts);
// a gathering named only by its kind is the batch's fuller-named gathering of the same day
// (resolve/meeting-date-merges.ts kindNameMerges); a topic ending in a process's bracketed acronym is that
// process's (process-members.ts). Invented sentences in the forms of UNGIS and UN News pages.

import { describe, expect, it } from 'vitest';
import { mergeGraphs } from '../../../cypher/model/merge.ts';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromText, extractText, hasEdge } from './helpers.ts';

const GA = 'organization:general-assembly';

// [text, resolution id, adoptedOn wanted (or undefined), PRODUCED by the General Assembly wanted (undefined:
// another rule's business)]
const CASES: [text: string, id: string, on: string | undefined, byGa: boolean | undefined][] = [
  [
    'The Outcome Document (A/RES/81/12) of the High-Level Meeting of the General Assembly on digital cooperation was adopted by consensus on 3 December 2026.',
    'resolution:a-res-81-12',
    '2026-12-03',
    true,
  ],
  [
    'Resolution A/RES/81/14 was adopted by the General Assembly without a vote on 5 December 2026.',
    'resolution:a-res-81-14',
    '2026-12-05',
    true,
  ],
  // Dated, but no body named: the date only.
  ['A/RES/81/15 was adopted on 6 December 2026.', 'resolution:a-res-81-15', '2026-12-06', false],
  // A relative clause is not the subject's own verb: no date read (produced.ts reads its adopting body).
  [
    'The report cites A/RES/81/16, which was adopted by the General Assembly on 7 December 2026.',
    'resolution:a-res-81-16',
    undefined,
    undefined,
  ],
  // A clause after a comma: not the symbol's own verb.
  [
    'A/RES/81/17 recalls the Tunis Agenda, and a new text was adopted on 8 December 2026.',
    'resolution:a-res-81-17',
    undefined,
    false,
  ],
  // A second symbol before the verb owns it.
  [
    'A/RES/81/18 of the General Assembly on A/RES/81/19 was adopted on 9 December 2026.',
    'resolution:a-res-81-18',
    undefined,
    false,
  ],
];

describe('a resolution dated by its sentence’s "was adopted … on"', () => {
  for (const [text, id, on, byGa] of CASES)
    it(text.slice(0, 90), () => {
      const g = extractText(text);
      expect(g.nodes.find((n) => n.id === id)?.properties.adoptedOn).toBe(on);
      if (byGa !== undefined) expect(hasEdge(g, 'PRODUCED', GA, id)).toBe(byGa);
    });
});

const batch = (...texts: string[]) =>
  mergeGraphs(extractCorpusSerial(texts.map((t, i) => docFromText(`doc-${i}.txt`, t))).perDocument.values());

describe('a gathering named only by its kind is the fuller-named one of that day', () => {
  const full =
    '4 May 2027 - The General Assembly High-Level Meeting on Digital Inclusion opened today in New York.';
  const fullId = 'meeting:general-assembly-high-level-meeting-on-digital-inclusion-2027-05-04';
  it('same start day: one node, keeping the fuller name', () => {
    const g = batch(full, 'The Assembly will hold a two-day high-level meeting on 4–5 May 2027.');
    const ids = g.nodes.filter((n) => n.type === 'Meeting').map((n) => n.id);
    expect(ids).toEqual([fullId]);
  });
  it('another day: two gatherings', () => {
    const g = batch(full, 'The Assembly will hold a two-day high-level meeting on 6–7 May 2027.');
    const ids = g.nodes.filter((n) => n.type === 'Meeting').map((n) => n.id);
    expect(ids.sort()).toEqual([fullId, 'meeting:high-level-meeting-2027-05-06'].sort());
  });
  it('two fuller names that day: left apart', () => {
    const g = batch(
      full,
      '4 May 2027 - The Council High-Level Meeting on Data opened today in Geneva.',
      'The Assembly will hold a high-level meeting on 4 May 2027.',
    );
    expect(g.nodes.some((n) => n.id === 'meeting:high-level-meeting-2027-05-04')).toBe(true);
  });
});

describe('a topic ending in a process’s bracketed acronym', () => {
  it('is part of that process', () => {
    const g = extractText(
      '9 May 2030 - The High-Level Meeting on the Thirty-Year Review of the World Summit on the Information Society (WSIS+20) opened today.',
    );
    const id = g.nodes.find((n) => n.type === 'Meeting')?.id ?? '';
    expect(hasEdge(g, 'PART_OF', id, 'process:wsis+20')).toBe(true);
  });
  it('an acronym no process has adds nothing', () => {
    const g = extractText(
      '9 May 2030 - The High-Level Meeting on the Review of the Digital Agenda (XYZ+5) opened today.',
    );
    expect(g.edges.some((e) => e.type === 'PART_OF' && e.to.startsWith('process:'))).toBe(false);
  });
});
