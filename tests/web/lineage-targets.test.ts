// The lineage view's "Trace to" choices come from the lineage fetched for the node itself, so a
// reload or a deep link (with `to` already set) offers the same list as arriving by a click.

import { describe, expect, it } from 'vitest';
import { lineageTargets } from '../../web/src/lineage.ts';
import type { Entity, LineagePath, Relationship } from '../../web/src/types.ts';
import { wgec } from './fixtures.ts';

const entity = (id: string, type: string, name: string): Entity => ({
  id,
  type,
  name,
  aliases: [],
  properties: {},
  sources: [],
});
const rel = (type: string, from: string, to: string): Relationship => ({
  id: `${type}|${from}|${to}`,
  type,
  from,
  to,
  properties: {},
  sources: [],
});

const tunis = entity('resolution:tunis', 'Resolution', 'Tunis Agenda');
const res = entity('resolution:a-res-70-125', 'Resolution', 'A/RES/70/125');
const report = entity('document:e-cn-16-2018-crp-3', 'Document', 'Report of the WGEC');
const session = entity('meeting:cstd-21', 'Meeting', 'Twenty-first session of the CSTD');
const paths: LineagePath[] = [
  {
    nodes: [tunis, res, wgec, report],
    hops: [
      { relationship: rel('REFERENCES', res.id, tunis.id), forward: false },
      { relationship: rel('MANDATES', res.id, wgec.id), forward: true },
      { relationship: rel('PRODUCED', wgec.id, report.id), forward: true },
    ],
  },
  {
    nodes: [tunis, res, wgec, session],
    hops: [
      { relationship: rel('REFERENCES', res.id, tunis.id), forward: false },
      { relationship: rel('MANDATES', res.id, wgec.id), forward: true },
      { relationship: rel('REPORTS_TO', wgec.id, session.id), forward: true },
    ],
  },
];

describe('lineage "Trace to" targets', () => {
  it.each([
    [
      'every node reached, once, by type then name',
      paths,
      tunis.id,
      [report.id, session.id, res.id, wgec.id],
    ],
    [
      'from a node in the middle',
      paths.map((p) => ({ nodes: p.nodes.slice(2), hops: p.hops.slice(2) })),
      wgec.id,
      [report.id, session.id],
    ],
    ['no lineage: nothing to trace to', [], tunis.id, []],
  ])('%s', (_name, input, origin, expected) => {
    expect(lineageTargets(input, origin).map((n) => n.id)).toEqual(expected);
  });

  it('never offers the origin itself', () => {
    expect(lineageTargets(paths, tunis.id).some((n) => n.id === tunis.id)).toBe(false);
  });
});
