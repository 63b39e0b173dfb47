// Builds SourceDocuments from text for extraction tests (real text, real rules).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Graph } from '../../../cypher/model/graph.ts';
import { mergeGraphs } from '../../../cypher/model/merge.ts';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import type { SourceDocument } from '../../../ingest/types.ts';

export function docFromText(file: string, text: string): SourceDocument {
  return { path: file, file, format: 'txt', sha256: createHash('sha256').update(text).digest('hex'), text };
}

export function docFromFile(path: string): SourceDocument {
  return docFromText(basename(path), readFileSync(path, 'utf8'));
}

export function extractText(text: string, file = 'test-doc.txt'): Graph {
  return mergeGraphs(extractCorpusSerial([docFromText(file, text)]).perDocument.values());
}

export const hasEdge = (g: Graph, type: string, from: string, to: string): boolean =>
  g.edges.some((e) => e.type === type && e.from === from && e.to === to);

export const hasNode = (g: Graph, id: string): boolean => g.nodes.some((n) => n.id === id);

/** The names of the people extracted from `text`, sorted. */
export const personNames = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => n.name)
    .sort();

/** Each Meeting of `g` as "id startDate partOf" (the body or group it is PART_OF, or -). */
export const meetingLines = (g: Graph): string[] =>
  g.nodes
    .filter((n) => n.type === 'Meeting')
    .map((n) => {
      const part = g.edges.find((e) => e.type === 'PART_OF' && e.from === n.id)?.to ?? '-';
      return `${n.id} ${n.properties.startDate ?? ''} ${part}`;
    });

/** The people of `text` and their posts: Person ids, then AFFILIATED_WITH and CHAIRED with their title. */
export const personFacts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => n.id),
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'CHAIRED')
      .map((e) => `${e.type} ${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`),
  ];
};

/** CHAIRED edges ("person body") and the organisations other than Member States the text gives, sorted. */
export const chairedAndBodies = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.edges.filter((e) => e.type === 'CHAIRED').map((e) => `${e.from} ${e.to}`),
    ...g.nodes
      .filter((n) => n.type === 'Organization' && n.properties.kind !== 'member-state')
      .map((n) => n.id),
  ].sort();
};

/** The ids of the nodes of one label the text gives, sorted. */
export const nodeIds = (text: string, type: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === type)
    .map((n) => n.id)
    .sort();
