import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, linkTo, type UrlState } from '../../web/src/url-state.ts';

describe('URL state', () => {
  const roundTrips: [string, UrlState][] = [
    ['home', { view: 'home' }],
    ['entity', { view: 'entity', id: 'person:benedicto-fonseca-filho' }],
    [
      'graph with everything',
      {
        view: 'graph',
        id: 'workinggroup:wgec-2016-2018',
        expanded: ['person:a', 'meeting:b'],
        types: ['Person', 'Meeting'],
        rels: ['CHAIRED'],
        since: '2016',
        until: '2018-05-31',
        layout: 'concentric',
        webgl: true,
        edge: 'CHAIRED|person:a|workinggroup:wgec-2016-2018',
      },
    ],
    ['graph with every type filtered out', { view: 'graph', id: 'x:y', types: [] }],
    ['lineage', { view: 'lineage', id: 'resolution:tunis-agenda', to: 'workinggroup:wgec-2016-2018' }],
    [
      'lineage upwards',
      { view: 'lineage', id: 'workinggroup:wgec-2016-2018', dir: 'up', to: 'resolution:tunis' },
    ],
    [
      'document at quote',
      { view: 'document', id: 'document:d', quote: 'was elected “Chair”, & more', loc: 'para 2' },
    ],
    ['roles', { view: 'roles', id: 'person:p', who: 'Working Group' }],
    ['bench', { view: 'bench', n: 5000, layout: 'fcose' }],
  ];
  it.each(roundTrips)('round-trips %s', (_name, state) => {
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('omits defaults and empty values', () => {
    expect(encodeState({ view: 'home' })).toBe('');
    expect(encodeState({ view: 'graph', id: 'a:b', expanded: [], quote: '' })).toBe('?view=graph&id=a%3Ab');
  });

  const bad: [string, string, Partial<UrlState>][] = [
    ['unknown view falls back to home', '?view=nope', { view: 'home' }],
    ['id without view opens the entity page', '?id=person:x', { view: 'entity', id: 'person:x' }],
    ['unknown layout dropped', '?view=graph&id=a:b&layout=cola', { view: 'graph', id: 'a:b' }],
    [
      'malformed date dropped',
      '?view=graph&id=a:b&since=last-year&until=2018',
      { view: 'graph', id: 'a:b', until: '2018' },
    ],
    ['negative n dropped', '?view=bench&n=-5', { view: 'bench' }],
    ['huge n capped', '?view=bench&n=99999999', { view: 'bench', n: 50_000 }],
    ['dir only when up', '?view=lineage&id=a:b&dir=sideways', { view: 'lineage', id: 'a:b' }],
    ['webgl only when 1', '?view=graph&id=a:b&webgl=yes', { view: 'graph', id: 'a:b' }],
  ];
  it.each(bad)('%s', (_name, search, expected) => {
    expect(decodeState(search)).toEqual(expected);
  });

  it('builds in-app links', () => {
    expect(linkTo('entity', 'person:x')).toBe('/?view=entity&id=person%3Ax');
    expect(linkTo('home')).toBe('/');
  });
});
