// The engine-neutral store helpers both adapters share: placeholder filling
// (model names only), sources encoding, search ranking and write planning.

import { describe, expect, it } from 'vitest';
import { createSearchIndex, indexNode, searchIndex, unindexNode } from '../../cypher/store/search-index.ts';
import { boundedDistance, fuzzyDistance, words } from '../../cypher/store/search-rank.ts';
import { fold, searchColumn } from '../../cypher/store/search-text.ts';
import { decodeSources, documentsOf, encodeSources } from '../../cypher/store/sources-encoding.ts';
import { alternatives, fillTemplate, hops, label, setProperties } from '../../cypher/store/template.ts';
import { planReplace, planUpsert } from '../../cypher/store/write-plan.ts';
import { atlasGraph, documentPart, REPORT_DOC, RES_DOC } from './fixtures/atlas-graph.ts';

describe('template placeholders take model names only', () => {
  it.each([
    ['Person', true],
    ['CHAIRED', true],
    ['startDate', true],
    ['Person) DETACH DELETE (n', false],
    ['Nobody', false],
    ['', false],
  ])('%s → accepted: %s', (name, ok) => {
    if (ok) expect(label(name)).toBe(name);
    else expect(() => label(name)).toThrow(/not a model name/);
  });

  it('builds lists and refuses to leave a placeholder unfilled', () => {
    expect(alternatives(['CHAIRED', 'SPOKE_AT'])).toBe(':CHAIRED|SPOKE_AT');
    expect(alternatives([])).toBe('');
    const convert = (cell: string, type: string) => `convert(${cell}, ${type})`;
    expect(setProperties('e', ['from'], { to: () => undefined, convert })).toBe(', e.`from` = r.`from`');
    expect(setProperties('n', ['ordinal'], { to: () => 'INT64', convert })).toBe(
      ', n.`ordinal` = convert(r.`ordinal`, INT64)',
    );
    expect(fillTemplate('MATCH (n:$$LABEL$$)', { LABEL: 'Person' })).toBe('MATCH (n:Person)');
    expect(() => fillTemplate('MATCH (n:$$LABEL$$)', {})).toThrow(/\$\$LABEL\$\$/);
    expect(() => hops(11)).toThrow();
    expect(hops(6)).toBe('6');
  });
});

describe('sources encoding', () => {
  it('round-trips exactly, keys in a fixed order, documents distinct and sorted', () => {
    const sources = [
      { quote: 'He said "enhanced cooperation", twice', document: 'document:b', locator: 'para 2' },
      { document: 'document:a', locator: 'footnote 3', quote: 'line\nbreak' },
      { document: 'document:b', locator: 'para 9', quote: 'x' },
    ];
    const text = encodeSources(sources);
    expect(text.startsWith('[{"document":"document:b","locator":"para 2","quote":')).toBe(true);
    expect(text.split('{"document":').length - 1).toBe(3); // the stats() source count
    expect(decodeSources(text)).toEqual(
      sources.map(({ document, locator, quote }) => ({ document, locator, quote })),
    );
    expect(documentsOf(sources)).toEqual(['document:a', 'document:b']);
  });
});

describe('search ranking', () => {
  it('folds case and accents; fuzzy allows 1 typo in 4–7 letters, 2 from 8, none below 4', () => {
    expect(fold('  Péter   MAJOR ')).toBe('peter major');
    expect(boundedDistance('cooperaton', 'cooperation', 2)).toBe(1);
    expect(fuzzyDistance(['majr'], ['major'])).toBe(1);
    expect(fuzzyDistance(['igf'], ['igc'])).toBeUndefined();
    expect(fuzzyDistance(['cooparaton'], ['cooperation'])).toBe(2);
    expect(fuzzyDistance(['maxor'], ['major', 'peter'])).toBe(1);
    expect(fuzzyDistance(['zzzzz'], ['major'])).toBeUndefined();
    expect(fuzzyDistance(['major', 'peter'], ['peter', 'major'])).toBe(0); // every word, another order
    expect(fuzzyDistance(['major', 'paul'], ['peter', 'major'])).toBeUndefined();
    expect(words('a/res/70/125 wsis+10')).toEqual(['a', 'res', '70', '125', 'wsis', '10']);
  });

  it('keeps the index in step with writes', () => {
    const index = createSearchIndex();
    for (const n of atlasGraph().nodes) indexNode(index, n.id, searchColumn(n));
    expect(searchIndex(index, 'wgec', undefined, 5).map((h) => h.match)).toEqual([
      'exact',
      'exact',
      'contains',
    ]);
    unindexNode(index, 'workinggroup:wgec-2013-2014');
    expect(searchIndex(index, 'wgec', ['WorkingGroup'], 5).map((h) => h.id)).toEqual([
      'workinggroup:wgec-2016-2018',
    ]);
    expect(searchIndex(index, 'enhancd cooperation', ['Theme'], 5)[0]).toMatchObject({ match: 'fuzzy' });
    // Words in another order rank below contains, above typos; two short words need no typo budget.
    const reordered = searchIndex(index, 'cooperation enhanced', ['Theme'], 5)[0];
    expect(reordered).toMatchObject({ match: 'words', id: 'theme:enhanced-cooperation' });
    expect(reordered!.score).toBeGreaterThan(20);
    expect(reordered!.score).toBeLessThan(40);
    expect(searchIndex(index, 'agenda tunis', undefined, 5)[0]).toMatchObject({
      match: 'words',
      id: 'resolution:tunis-agenda',
    });
    expect(searchIndex(index, 'agenda paris', undefined, 5)).toEqual([]);
  });
});

describe('a name shared by a body and a document', () => {
  // A web copy titled with the body's name: the body first, whatever the ids' order.
  const index = createSearchIndex();
  const add = (id: string, name: string) =>
    indexNode(index, id, searchColumn({ name, aliases: [], properties: {} }));
  add('document:a-copy', 'Commission on Examples');
  add('organization:commission-on-examples', 'Commission on Examples');
  add('document:other', 'Commission on Examples report');
  it.each([
    ['the exact name', 'commission on examples', ['organization:commission-on-examples', 'document:a-copy']],
    // Negative: a better term still wins over the label.
    ['a longer term', 'examples report', ['document:other']],
  ])('%s', (_, q, want) => {
    expect(
      searchIndex(index, q, undefined, 5)
        .map((h) => h.id)
        .slice(0, want.length),
    ).toEqual(want);
  });
});

describe('fuzzy search over many near-identical names', () => {
  // Many "Organisation for data …" names: a typo in one word still finds the one node whose other
  // words (a number: no typo budget) match, and nothing else.
  const index = createSearchIndex();
  const org = (i: number, name: string) =>
    indexNode(index, `organization:o-${i}`, searchColumn({ name, aliases: [], properties: {} }));
  for (let i = 0; i < 50; i++) org(i, `Organisation for data ${i}`);
  org(100, 'Organisation for digital trade');
  org(101, 'Organisation for digitel trade');
  it.each([
    ['one typo, a number only one node has', 'Organisatino for data 42', ['organization:o-42']],
    ['a number nobody has', 'Organisatino for data 999', []],
    ['typos in two words', 'Organisatino for digitl trade', ['organization:o-100', 'organization:o-101']],
    ['a word too far from every indexed word', 'Organisatino for dxxxxxl trade', []],
  ])('%s', (_, q, want) => {
    const hits = searchIndex(index, q, undefined, 20).filter((h) => h.match === 'fuzzy');
    expect(hits.map((h) => h.id).sort()).toEqual(want);
  });
});

describe('write planning', () => {
  it('creates what is missing, counts what exists as updated, writes nothing unchanged', () => {
    const g = atlasGraph();
    const none = planUpsert(g, { nodes: new Map(), edges: new Map() });
    expect(none.result).toMatchObject({ nodesCreated: g.nodes.length, edgesCreated: g.edges.length });
    const stored = {
      nodes: new Map(g.nodes.map((n) => [n.id, n])),
      edges: new Map(g.edges.map((e) => [`${e.type}|${e.from}|${e.to}`, e])),
    };
    const again = planUpsert(g, stored);
    expect(again.result).toMatchObject({ nodesCreated: 0, nodesUpdated: g.nodes.length });
    expect(again.updateNodes).toEqual([]);
    expect(again.updateEdges).toEqual([]);
  });

  it('replace strips one document, deletes what only it supported, keeps the rest', () => {
    const g = atlasGraph();
    const supported = documentPart(g, RES_DOC);
    const plan = planReplace(
      RES_DOC,
      { nodes: g.nodes.filter((n) => supported.nodes.some((s) => s.id === n.id)), edges: [] },
      { nodes: [], edges: [] },
      { nodes: new Map(), edges: new Map() },
    );
    const deleted = plan.deleteNodes.map((n) => n.id);
    expect(deleted).toContain('resolution:tunis-agenda');
    expect(deleted).not.toContain('workinggroup:wgec-2016-2018');
    const wg = plan.updateNodes.find((n) => n.id === 'workinggroup:wgec-2016-2018');
    expect(wg?.sources.map((s) => s.document)).toEqual([REPORT_DOC]);
  });
});
