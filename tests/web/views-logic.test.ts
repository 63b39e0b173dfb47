// The pure logic behind the search box, lineage, roles timeline, entity page and layout choice.

import { describe, expect, it } from 'vitest';
import { chooseLayout, layoutOptions, rendererOptions } from '../../web/src/graph/layouts.ts';
import { lineageDrawing, pathText } from '../../web/src/lineage.ts';
import { groupRelationships, qualifier, relationshipNote } from '../../web/src/relationship-text.ts';
import { flatten, groupHits, matchNote, moveActive } from '../../web/src/search-groups.ts';
import { matchesWho, placeRoles, statedIn, toYear, yearTicks } from '../../web/src/timeline-scale.ts';
import type { Entity, Relationship, Role, SearchHit } from '../../web/src/types.ts';
import { chaired, meeting, partOf, person, wgec } from './fixtures.ts';

const hit = (id: string, type: string, score: number, match = 'exact', matched?: string): SearchHit => ({
  entity: { id, type, name: id, aliases: [], properties: {} },
  score,
  match,
  matched: matched ?? id,
});

describe('search typeahead', () => {
  const hits = [
    hit('p1', 'Person', 0.9),
    hit('w1', 'WorkingGroup', 0.95),
    hit('p2', 'Person', 0.5),
    hit('w2', 'WorkingGroup', 0.6, 'alias', 'WGEC'),
  ];
  it('groups by type, best group first, score order inside', () => {
    const g = groupHits(hits);
    expect(g.map((x) => x.type)).toEqual(['WorkingGroup', 'Person']);
    expect(flatten(g).map((h) => h.entity.id)).toEqual(['w1', 'w2', 'p1', 'p2']);
  });
  it.each([
    [-1, 'ArrowDown', 4, 0],
    [3, 'ArrowDown', 4, 0],
    [0, 'ArrowUp', 4, 3],
    [-1, 'ArrowUp', 4, 3],
    [2, 'Home', 4, 0],
    [1, 'End', 4, 3],
    [2, 'a', 4, 2],
    [0, 'ArrowDown', 0, -1],
  ])('from %i, %s with %i options → %i', (cur, key, n, expected) => {
    expect(moveActive(cur, key, n)).toBe(expected);
  });
  it('explains non-name matches only', () => {
    expect(matchNote(hits[3]!)).toBe('alias: WGEC');
    expect(matchNote(hits[0]!)).toBeUndefined();
  });
});

describe('lineage drawing', () => {
  const tunis: Entity = {
    id: 'resolution:tunis',
    type: 'Resolution',
    name: 'Tunis Agenda',
    aliases: [],
    properties: {},
    sources: [],
  };
  const res: Entity = {
    id: 'resolution:a-res-70-125',
    type: 'Resolution',
    name: 'A/RES/70/125',
    aliases: [],
    properties: {},
    sources: [],
  };
  const refs: Relationship = {
    id: `REFERENCES|${res.id}|${tunis.id}`,
    type: 'REFERENCES',
    from: res.id,
    to: tunis.id,
    properties: { paragraphs: '69-71' },
    sources: [],
  };
  const mandates: Relationship = {
    id: `MANDATES|${res.id}|${wgec.id}`,
    type: 'MANDATES',
    from: res.id,
    to: wgec.id,
    properties: { paragraph: '65' },
    sources: [],
  };
  const path = {
    nodes: [tunis, res, wgec],
    hops: [
      { relationship: refs, forward: false },
      { relationship: mandates, forward: true },
    ],
  };
  it('draws hops in walking order (REFERENCES read backwards) with paragraph captions', () => {
    const d = lineageDrawing([path, path]);
    expect(d.nodes.map((n) => n.id)).toEqual([tunis.id, res.id, wgec.id]);
    expect(d.hops.map((h) => [h.from, h.to, h.caption])).toEqual([
      [tunis.id, res.id, 'cited by (REFERENCES ¶69-71)'],
      [res.id, wgec.id, 'MANDATES ¶65'],
    ]);
  });
  // Walked up from the WGEC (where it came from), the same path is drawn in time order all the same.
  const upPath = {
    nodes: [wgec, res, tunis],
    hops: [
      { relationship: mandates, forward: false },
      { relationship: refs, forward: true },
    ],
  };
  const succeeds: Relationship = {
    id: 'SUCCEEDS|workinggroup:wgec-2016|workinggroup:wgec-2013',
    type: 'SUCCEEDS',
    from: 'workinggroup:wgec-2016',
    to: 'workinggroup:wgec-2013',
    properties: {},
    sources: [],
  };
  it.each([
    [
      'walked down',
      [path],
      'down',
      [
        [tunis.id, res.id, 'cited by (REFERENCES ¶69-71)'],
        [res.id, wgec.id, 'MANDATES ¶65'],
      ],
    ],
    [
      'walked up, drawn reversed',
      [upPath],
      'up',
      [
        [res.id, wgec.id, 'MANDATES ¶65'],
        [tunis.id, res.id, 'cited by (REFERENCES ¶69-71)'],
      ],
    ],
    [
      'an upward walk drawn as walked runs back in time, its hops against their direction',
      [upPath],
      'down',
      [
        [wgec.id, res.id, 'reverse of (MANDATES ¶65)'],
        [res.id, tunis.id, 'REFERENCES ¶69-71'],
      ],
    ],
    [
      'a successor group drawn after its predecessor',
      [{ nodes: [], hops: [{ relationship: succeeds, forward: false }] }],
      'down',
      [['workinggroup:wgec-2013', 'workinggroup:wgec-2016', 'succeeded by (SUCCEEDS)']],
    ],
    [
      'a locator folded into the reversed caption, not nested in its brackets',
      [
        {
          nodes: [],
          hops: [
            {
              relationship: {
                ...succeeds,
                sources: [{ document: 'document:x', locator: 'line 21', quote: 'q', documentDate: null }],
              },
              forward: false,
            },
          ],
        },
      ],
      'down',
      [['workinggroup:wgec-2013', 'workinggroup:wgec-2016', 'succeeded by (SUCCEEDS, line 21)']],
    ],
  ] as const)('%s', (_name, paths, direction, expected) => {
    const d = lineageDrawing(paths as never, direction);
    expect(d.hops.map((h) => [h.from, h.to, h.caption])).toEqual(expected);
  });
  it('reads as text', () => {
    expect(pathText(path)).toBe(
      `Tunis Agenda —REFERENCES ¶69-71 (cited by)→ A/RES/70/125 —MANDATES ¶65→ ${wgec.name}`,
    );
  });
});

describe('roles timeline', () => {
  const role = (target: Entity, from?: string, to?: string): Role => ({
    type: 'CHAIRED',
    holder: person,
    target,
    role: 'Chair',
    from,
    to,
    sources: [],
  });
  it('places bars from role dates, points from a meeting date, and lists the undated', () => {
    const undatedTarget: Entity = { ...wgec, id: 'workinggroup:x', properties: {} };
    const t = placeRoles([role(wgec, '2016-05-02', '2018-05-14'), role(meeting), role(undatedTarget)]);
    expect(t.placed).toHaveLength(2);
    expect(t.undated.map((r) => r.target.id)).toEqual(['workinggroup:x']);
    expect(t.placed[0]!.point).toBe(false);
    expect(t.placed[1]!.point).toBe(true); // a two-day meeting is a point on a years axis
    expect(t.min).toBe(2016);
    expect(t.max).toBe(2019);
  });
  it('converts dates to years and makes readable ticks', () => {
    expect(toYear('2017')).toBe(2017);
    expect(toYear('2017-07-01')).toBeCloseTo(2017.5, 1);
    expect(yearTicks(2000, 2030, 10)).toEqual([
      2000, 2003, 2006, 2009, 2012, 2015, 2018, 2021, 2024, 2027, 2030,
    ]);
  });
  it.each([
    ['fonseca', true],
    ['WGEC', true],
    ['Enhanced Cooperation', true],
    ['Peter Major', false],
    ['', true],
  ])('filters by person or body: %s', (who, expected) => {
    expect(matchesWho(role(wgec), who)).toBe(expected);
  });
});

describe('entity page relationships', () => {
  it('groups by type and direction with readable headings', () => {
    const g = groupRelationships(wgec.id, [chaired, partOf]);
    expect(g.map((x) => [x.heading, x.items.length])).toEqual([
      ['Chaired by', 1],
      ['Has part', 1],
    ]);
    expect(groupRelationships(person.id, [chaired])[0]!.heading).toBe('Chaired');
  });
  it('qualifies and annotates', () => {
    expect(qualifier(chaired, true)).toBe('Chair of');
    expect(qualifier({ type: 'CHAIRED', properties: {} }, true)).toBe('Chair of');
    expect(qualifier({ type: 'AFFILIATED_WITH', properties: { title: 'Director' } }, true)).toBe('Director');
    expect(qualifier(partOf, true)).toBeUndefined();
    expect(relationshipNote({ properties: { from: '2016', to: '2018' } })).toBe('2016 – 2018');
    expect(relationshipNote({ properties: { paragraph: '65' } })).toBe('¶65');
    // A CHAIRED term (q96): one year once, a start with no stated end as a start.
    expect(relationshipNote({ properties: { role: 'Chair', from: '2022', to: '2022' } })).toBe('2022');
    expect(relationshipNote({ properties: { role: 'Chair', from: '2016' } })).toBe('from 2016');
    expect(relationshipNote({ properties: { date: '2016-05-02' } })).toBe('2016-05-02');
    expect(relationshipNote({ properties: {} })).toBeUndefined();
  });
});

describe('layouts for the job', () => {
  it.each([
    ['neighbourhood', 50, undefined, 'fcose'],
    ['neighbourhood', 5000, undefined, 'fcose'],
    ['neighbourhood', 10000, undefined, 'concentric'],
    ['neighbourhood', 10000, 'fcose', 'fcose'],
    ['lineage', 20, undefined, 'dagre'],
    ['neighbourhood', 50, 'concentric', 'concentric'],
  ] as const)('%s with %i elements (asked %s) → %s', (purpose, n, asked, expected) => {
    expect(chooseLayout(purpose, n, asked)).toBe(expected);
  });
  it('uses draft fcose without animation and a tuned canvas for big views', () => {
    expect(layoutOptions({ name: 'fcose', elementCount: 5000 })).toMatchObject({
      quality: 'draft',
      animate: false,
    });
    expect(layoutOptions({ name: 'fcose', elementCount: 50 })).toMatchObject({ quality: 'default' });
    expect(layoutOptions({ name: 'dagre', elementCount: 10 })).toMatchObject({ rankDir: 'LR' });
    expect(rendererOptions(5000)).toEqual({
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      motionBlur: false,
      pixelRatio: 1,
    });
    expect(rendererOptions(50, true)).toMatchObject({
      hideEdgesOnViewport: false,
      renderer: { name: 'canvas', webgl: true },
    });
  });
});

describe('entity page ordering', () => {
  it('lists bodies before meetings, then by name', () => {
    const rel = (to: string, type: string, name: string) => ({
      ...chaired,
      id: `CHAIRED|${person.id}|${to}`,
      to,
      toEntity: { id: to, type, name },
    });
    const g = groupRelationships(person.id, [
      rel('meeting:b', 'Meeting', 'Second meeting'),
      rel('meeting:a', 'Meeting', 'First meeting'),
      rel(wgec.id, 'WorkingGroup', wgec.name),
    ]);
    expect(g[0]!.items.map((r) => r.to)).toEqual([wgec.id, 'meeting:a', 'meeting:b']);
  });
});

describe('when an undated role was stated', () => {
  const src = (documentDate: string | null) => ({
    document: 'd',
    locator: 'para 1',
    quote: 'q',
    documentDate,
  });
  it.each([
    [[src('2020-06-10')], '2020'],
    [[src('2024-04'), src('2020-06-10'), src(null)], '2020–2024'],
    [[src('2018'), src('2018-05-03')], '2018'],
    [[src(null)], undefined],
    [[], undefined],
  ])('%j → %s', (sources, want) => expect(statedIn(sources)).toBe(want));
});
