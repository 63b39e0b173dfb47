// Lineage goes forward in time (cypher/store/lineage-time.ts): a node's span by its label, a step allowed
// when the node had not ended before the route's bound (down) or had begun by it (up), at the precision both
// dates have; a chain joined from two walks (api/resolvers/lineage-between.ts) checked whole.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../cypher/model/graph.ts';
import { forwardInTime, inTime, nextBound, spanOf } from '../../cypher/store/lineage-time.ts';

const n = (type: GraphNode['type'], properties: GraphNode['properties'] = {}): GraphNode => ({
  id: `${type.toLowerCase()}:x`,
  type,
  name: 'x',
  aliases: [],
  properties,
  sources: [],
});

const RES_2015 = n('Resolution', { adoptedOn: '2015-12-16' });
const RES_2025 = n('Resolution', { adoptedOn: '2025-12-17' });
const GROUP = n('WorkingGroup', { startYear: 2016, endYear: 2018 });
const FORUM = n('Process', { startYear: 2006 });
const MEETING = n('Meeting', { startDate: '2016-09-26', endDate: '2016-09-27' });
const BODY = n('Organization');
const REPORT = n('Document', { date: '2018-05' });

describe('spans', () => {
  it.each([
    ['a resolution: its adoption', RES_2015, { start: '2015-12-16', end: '2015-12-16' }],
    ['a group: its years', GROUP, { start: '2016', end: '2018' }],
    ['a running process: open', FORUM, { start: '2006', end: undefined }],
    ['a meeting: its days', MEETING, { start: '2016-09-26', end: '2016-09-27' }],
    ['a body: none', BODY, { start: undefined, end: undefined }],
  ])('%s', (_, node, span) => expect(spanOf(node)).toEqual(span));
});

describe('a step in time', () => {
  it.each([
    ['down to a later resolution', '2015-12-16', RES_2025, 'down', true],
    ['down to the group a resolution set up', '2015-12-16', GROUP, 'down', true],
    ['down to a process still running', '2025-12-17', FORUM, 'down', true],
    ['down to a body', '2025-12-17', BODY, 'down', true],
    ['down, the same year at the precision both have', '2015', RES_2015, 'down', true],
    ['up to an older resolution', '2016', RES_2015, 'up', true],
    // Negative: back in time.
    ['down to an older resolution', '2025-12-17', RES_2015, 'down', false],
    ['down to a group that had ended', '2025-12-17', GROUP, 'down', false],
    ['up to a later resolution', '2015-12-16', RES_2025, 'up', false],
    ['up to a meeting held after', '2016-05', MEETING, 'up', false],
  ] as const)('%s', (_, bound, node, direction, ok) => expect(inTime(bound, node, direction)).toBe(ok));

  it('keeps the latest start going down, the earliest end going up', () => {
    expect(nextBound('2025-12-17', FORUM, 'down')).toBe('2025-12-17');
    expect(nextBound('2015-12-16', GROUP, 'down')).toBe('2016');
    expect(nextBound(undefined, BODY, 'down')).toBeUndefined();
    expect(nextBound('2018-05', GROUP, 'up')).toBe('2018-05');
    expect(nextBound('2019', GROUP, 'up')).toBe('2018');
    expect(nextBound('2016', RES_2015, 'up')).toBe('2015-12-16');
  });
});

describe('a chain read whole', () => {
  it.each([
    ['resolution, group, report', [RES_2015, GROUP, REPORT], true],
    ['through an undated body, forward', [RES_2015, BODY, RES_2025], true],
    // Negative: a later resolution, the body, then an older one.
    ['through an undated body, back', [RES_2025, BODY, RES_2015], false],
  ])('%s', (_, nodes, ok) => expect(forwardInTime(nodes)).toBe(ok));
});
