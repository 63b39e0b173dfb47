import { describe, expect, it } from 'vitest';
import { LABELS } from '../../cypher/model/labels.ts';
import {
  diffElements,
  edgeCaption,
  mergeGraphs,
  shortLabel,
  toElements,
} from '../../web/src/graph/elements.ts';
import { entityDates, filterGraph, inRange } from '../../web/src/graph/filters.ts';
import { fitViewport } from '../../web/src/graph/offscreen-layout.ts';
import { NODE_LEGEND } from '../../web/src/model-legend.ts';
import { chaired, edges, meeting, nodes, partOf, person, theme, wgec } from './fixtures.ts';

describe('graph → Cytoscape elements', () => {
  it('makes one node per entity and one edge per relationship, styled from the model legend', () => {
    const els = toElements(nodes, edges);
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(nodes.map((n) => n.id));
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(edges.map((e) => e.id));
    const p = els.find((e) => e.data.id === person.id)!;
    expect(p.data.color).toBe(NODE_LEGEND.find((l) => l.key === 'Person')!.color);
    const c = els.find((e) => e.data.id === chaired.id)!;
    expect(c.data).toMatchObject({ source: person.id, target: wgec.id, type: 'CHAIRED' });
  });

  it('drops dangling edges and duplicates', () => {
    const els = toElements([person, person], [chaired, partOf]);
    expect(els.map((e) => e.data.id)).toEqual([person.id]);
  });

  it('legend covers every label of the model', () => {
    expect(NODE_LEGEND.map((e) => e.key)).toEqual(LABELS.map((l) => l.label));
    expect(new Set(NODE_LEGEND.map((e) => e.color)).size).toBe(NODE_LEGEND.length);
  });

  it.each([
    [{ type: 'MANDATES', properties: { paragraph: '65' }, sources: [] }, 'MANDATES ¶65'],
    [{ type: 'REFERENCES', properties: { paragraphs: '69-71' }, sources: [] }, 'REFERENCES ¶69-71'],
    [{ type: 'PART_OF', properties: {}, sources: partOf.sources }, 'PART_OF (line 6)'],
    [{ type: 'ADDRESSES', properties: {}, sources: [] }, 'ADDRESSES'],
  ])('captions edge %#', (r, expected) => {
    expect(edgeCaption(r)).toBe(expected);
  });

  it('shortens long labels', () => {
    expect(shortLabel('x'.repeat(100))).toHaveLength(42);
    expect(shortLabel('Working Group on Enhanced Cooperation (2016–2018)')).toMatch(
      /^Working Group on .+…on \(2016–2018\)$/,
    );
    expect(shortLabel('WGEC')).toBe('WGEC');
  });

  it('merges subgraphs and diffs element sets', () => {
    const m = mergeGraphs(
      { nodes: [person, wgec], edges: [chaired] },
      { nodes: [wgec, meeting], edges: [partOf] },
    );
    expect(m.nodes.map((n) => n.id)).toEqual([person.id, wgec.id, meeting.id]);
    const d = diffElements(new Set([person.id, 'gone']), toElements(m.nodes, m.edges));
    expect(d.add.map((e) => e.data.id)).toEqual([wgec.id, meeting.id, chaired.id, partOf.id]);
    expect(d.remove).toEqual(['gone']);
  });
});

describe('graph filters', () => {
  it('reads dates from the model date property or years', () => {
    expect(entityDates(meeting)).toEqual({ start: '2017-01-26', end: '2017-01-27' });
    expect(entityDates(wgec)).toEqual({ start: '2016-01-01', end: '2018-12-31' });
    expect(entityDates(theme)).toBeUndefined();
  });

  it.each([
    [{ start: '2017-01-26', end: '2017-01-27' }, '2017', '2017', true],
    [{ start: '2017-01-26', end: '2017-01-27' }, '2018', undefined, false],
    [{ start: '2017-01-26', end: '2017-01-27' }, undefined, '2016-12', false],
    [{ start: '2016-01-01', end: '2018-12-31' }, '2017-06', '2017-07', true],
    [undefined, '2030', '2031', true],
  ])('range %# %s..%s → %s', (span, since, until, expected) => {
    expect(inRange(span, since, until)).toBe(expected);
  });

  it('filters by node type, relationship type and date; edges need both ends', () => {
    expect(filterGraph(nodes, edges, { types: ['Person', 'WorkingGroup'] })).toEqual({
      nodes: [person, wgec],
      edges: [chaired],
    });
    expect(filterGraph(nodes, edges, { rels: ['PART_OF'] }).edges).toEqual([partOf]);
    const dated = filterGraph(nodes, edges, { since: '2018' });
    expect(dated.nodes.map((n) => n.id)).toEqual([person.id, wgec.id, theme.id]);
    expect(dated.edges.map((e) => e.type)).toEqual(['CHAIRED', 'ADDRESSES']);
    expect(filterGraph(nodes, edges, { types: [] }, [wgec.id]).nodes).toEqual([wgec]);
  });
});

describe('viewport for precomputed positions', () => {
  const at = (x: number, y: number) => ({
    group: 'nodes' as const,
    data: { id: `${x},${y}` },
    position: { x, y },
  });
  it.each([
    // 200 × 100 box into a 500 × 300 view with 50 px padding: width-bound, zoom 2.
    [[at(0, 0), at(200, 100)], 500, 300, 50, 2, { x: 50, y: 50 }],
    // Height-bound: 100 × 400 box, zoom (300 - 100) / 400 = 0.5, centred.
    [[at(-50, -200), at(50, 200)], 500, 300, 50, 0.5, { x: 250, y: 150 }],
    // One node: capped zoom 4, centred on it.
    [[at(10, 10)], 400, 400, 30, 4, { x: 160, y: 160 }],
  ])('fits case %#', (els, w, h, pad, zoom, pan) => {
    const v = fitViewport(els, w, h, pad);
    expect(v.zoom).toBeCloseTo(zoom);
    expect(v.pan.x).toBeCloseTo(pan.x);
    expect(v.pan.y).toBeCloseTo(pan.y);
  });
  it('ignores edges and falls back when nothing is positioned', () => {
    expect(
      fitViewport([{ group: 'edges', data: { id: 'e', source: 'a', target: 'b' } }], 100, 80, 10),
    ).toEqual({
      zoom: 1,
      pan: { x: 50, y: 40 },
    });
  });
});
