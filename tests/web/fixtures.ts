// A small hand-written graph in the API's shape, for the pure web helpers.

import type { Entity, Relationship } from '../../web/src/types.ts';

const src = (quote: string, locator = 'para 2') => [
  { document: 'document:e-cn-16-2018-crp-3', documentLabel: 'E/CN.16/2018/CRP.3', locator, quote },
];

export const person: Entity = {
  id: 'person:benedicto-fonseca-filho',
  type: 'Person',
  name: 'Benedicto Fonseca Filho',
  aliases: ['Benedicto Fonseca'],
  properties: { honorific: 'Ambassador' },
  sources: src('Ambassador Benedicto Fonseca Filho, from Brazil, was elected Chair'),
};
export const wgec: Entity = {
  id: 'workinggroup:wgec-2016-2018',
  type: 'WorkingGroup',
  name: 'Working Group on Enhanced Cooperation (2016–2018)',
  aliases: ['WGEC'],
  properties: { startYear: 2016, endYear: 2018, acronym: 'WGEC' },
  sources: [],
};
export const meeting: Entity = {
  id: 'meeting:wgec-2',
  type: 'Meeting',
  name: 'Second meeting of the WGEC',
  aliases: [],
  properties: { startDate: '2017-01-26', endDate: '2017-01-27', city: 'Geneva' },
  sources: [],
};
export const theme: Entity = {
  id: 'theme:enhanced-cooperation',
  type: 'Theme',
  name: 'enhanced cooperation',
  aliases: [],
  properties: {},
  sources: [],
};

export const chaired: Relationship = {
  id: `CHAIRED|${person.id}|${wgec.id}`,
  type: 'CHAIRED',
  from: person.id,
  to: wgec.id,
  properties: { role: 'Chair', from: '2016' },
  sources: src('Ambassador Benedicto Fonseca Filho, from Brazil, was elected Chair'),
};
export const partOf: Relationship = {
  id: `PART_OF|${meeting.id}|${wgec.id}`,
  type: 'PART_OF',
  from: meeting.id,
  to: wgec.id,
  properties: {},
  sources: src('The second meeting of the Working Group', 'line 6'),
};
export const addresses: Relationship = {
  id: `ADDRESSES|${wgec.id}|${theme.id}`,
  type: 'ADDRESSES',
  from: wgec.id,
  to: theme.id,
  properties: {},
  sources: [],
};

export const nodes = [person, wgec, meeting, theme];
export const edges = [chaired, partOf, addresses];
