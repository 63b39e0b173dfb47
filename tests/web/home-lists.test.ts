// The start page's lists: ingested documents apart from cited ones, captions that
// add something, starting points in an order a reader expects.

import { describe, expect, it } from 'vitest';
import {
  documentCaption,
  documentLabel,
  type ListedEntity,
  splitDocuments,
  startingOrder,
} from '../../web/src/home-lists.ts';

const doc = (id: string, name: string, properties: Record<string, unknown> = {}): ListedEntity => ({
  id,
  type: 'Document',
  name,
  properties,
});

describe('documents on the start page', () => {
  const ingested = doc('document:a', 'Report of the Chair', { sha256: 'ab12', date: '2018-05-03' });
  const cited = doc('document:a-67-50', 'A/67/50', { symbol: 'A/67/50' });
  it('puts documents read from a file apart from those they only cite', () => {
    expect(splitDocuments([cited, ingested])).toEqual({ ingested: [ingested], cited: [cited] });
    expect(splitDocuments([doc('document:x', 'X', { sha256: '' })]).ingested).toEqual([]);
  });
  it.each([
    [cited, 'A/67/50', ''],
    [ingested, 'Report of the Chair', '3 May 2018'],
    [
      doc('document:s', 'Second meeting', { symbol: 'DTL/STICT/MISC/2016/9', date: '2016-11' }),
      'DTL/STICT/MISC/2016/9',
      'Second meeting · November 2016',
    ],
    [
      doc('document:t', 'E/2012/1', { symbol: 'E/2012/1', title: 'Provisional agenda' }),
      'E/2012/1',
      'Provisional agenda',
    ],
  ])('%# label and caption', (d, label, caption) => {
    expect(documentLabel(d)).toBe(label);
    expect(documentCaption(d)).toBe(caption);
  });
});

describe('starting points', () => {
  const wg = (name: string, startYear?: number): ListedEntity => ({
    id: `workinggroup:${name}`,
    type: 'WorkingGroup',
    name,
    properties: startYear ? { startYear } : {},
  });
  it('orders by time when every item is dated', () => {
    const names = startingOrder([
      wg('WGEC 2016', 2016),
      wg('Correspondence group', 2013),
      wg('WGEC 2013', 2013),
    ]);
    expect(names.map((e) => e.name)).toEqual(['Correspondence group', 'WGEC 2013', 'WGEC 2016']);
  });
  it('orders by name when some are undated (no half timeline)', () => {
    const names = startingOrder([
      { id: 'r1', type: 'Resolution', name: 'A/RES/70/125', properties: { adoptedOn: '2015-12-16' } },
      { id: 'r2', type: 'Resolution', name: 'Tunis Agenda', properties: {} },
      { id: 'r3', type: 'Resolution', name: '2030 Agenda', properties: {} },
    ]);
    expect(names.map((e) => e.name)).toEqual(['2030 Agenda', 'A/RES/70/125', 'Tunis Agenda']);
  });
});
