// A chair of a session named by its ordinal and body ("Peter Major was elected as chair of the 19th CSTD
// session", a page on the Commission's eighteenth session, u102; rules/chair-session.ts, resolve/session-posts.ts,
// q109): the post is the session's when the batch dates that session, and the Commission's only when nothing does
// (the undated Meeting is left out). Names of people are invented.

import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../cypher/model/graph.ts';
import { mergeGraphs } from '../../../cypher/model/merge.ts';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { sessionPostsToBody } from '../../../ingest/resolve/session-posts.ts';
import { docFromText } from './helpers.ts';

const PAGE =
  'CSTD – Eighteenth Session\n\n4 May 2015 - 8 May 2015\n\nHighlights from CSTD 18th Session\n\n  • Jon Sample was elected as chair of the 19th CSTD session.\n';
const REPORT =
  'Commission on Science and Technology for Development\n\nReport on the nineteenth session\n\n1. The Commission on Science and Technology for Development held its nineteenth session in Geneva from 9 to 13 May 2016.\n';
const OTHER =
  'Commission on Science and Technology for Development\n\nReport on the seventeenth session\n\n1. The Commission on Science and Technology for Development held its seventeenth session in Geneva from 12 to 16 May 2014.\n';

const chaired = (...texts: string[]): string[] =>
  mergeGraphs(extractCorpusSerial(texts.map((t, i) => docFromText(`d${i}.txt`, t))).perDocument.values())
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`)
    .sort();

const CASES: [name: string, texts: string[], want: string[]][] = [
  [
    'the session dated by another document: the session only',
    [PAGE, REPORT],
    ['person:jon-sample meeting:cstd-19 Chair'],
  ],
  ['no document dates it: the Commission holding it', [PAGE], ['person:jon-sample organization:cstd Chair']],
  [
    'another session dated: still the Commission',
    [PAGE, OTHER],
    ['person:jon-sample organization:cstd Chair'],
  ],
];

describe('a chair of a session the batch dates', () => {
  for (const [name, texts, want] of CASES)
    it(name, () => {
      expect(chaired(...texts)).toEqual(want);
    });
});

const SRC = [{ document: 'document:d', locator: 'line 1', quote: 'q' }];
const edge = (type: string, from: string, to: string) => ({
  type,
  from,
  to,
  properties: { role: 'Chair' },
  sources: SRC,
});

describe('sessionPostsToBody', () => {
  const g = (to: string, partOf: string): Graph =>
    ({
      nodes: [],
      edges: [edge('PART_OF', to, partOf), edge('CHAIRED', 'person:x', to)],
    }) as unknown as Graph;
  const TABLE: [name: string, graph: Graph, undated: string[], want: string | undefined][] = [
    [
      'an undated numbered session of a body: the body',
      g('meeting:cstd-19', 'organization:cstd'),
      ['meeting:cstd-19'],
      'organization:cstd',
    ],
    ['a dated one stays', g('meeting:cstd-19', 'organization:cstd'), [], 'meeting:cstd-19'],
    [
      'a session of a working group stays',
      g('meeting:wgec-2', 'workinggroup:wgec'),
      ['meeting:wgec-2'],
      'meeting:wgec-2',
    ],
    [
      'a named gathering stays',
      g('meeting:open-consultation', 'organization:cstd'),
      ['meeting:open-consultation'],
      'meeting:open-consultation',
    ],
  ];
  for (const [name, graph, undated, want] of TABLE)
    it(name, () => {
      expect(sessionPostsToBody(graph, new Set(undated)).edges.find((e) => e.type === 'CHAIRED')?.to).toBe(
        want,
      );
    });
});
