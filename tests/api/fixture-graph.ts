// A small hand-made graph in the shape of the seed corpus (MODEL.md's lineage
// example: Tunis Agenda ¶69–71 → A/RES/70/125 ¶65 → WGEC 2016–2018 → its
// report), loaded with store.upsert into a real temporary embedded database.

import type { Graph, GraphEdge, GraphNode, Source } from '../../cypher/model/graph.ts';

export const DOC = 'document:report-wgec-2018';
export const NOTICE = 'document:dtl-stict-misc-2016-9';
export const TEXT =
  'Report of the Chair of the Working Group on Enhanced Cooperation. ' +
  'In resolution 70/125, paragraph 65, the General Assembly requested the Chair of the CSTD to establish a working group. ' +
  'Ambassador Benedicto Fonseca Filho, from Brazil, was elected Chair. Mr. Peter Major made an introductory presentation. ' +
  'The Working Group on Enhanced Cooperation (2016–2018) reported to the twenty-first session.';

const at = (needle: string): Source => {
  if (!TEXT.includes(needle)) throw new Error(`fixture quote not in text: ${needle}`);
  // The fixture's "paragraphs" are its sentences.
  return {
    document: DOC,
    locator: `para ${TEXT.slice(0, TEXT.indexOf(needle)).split('. ').length}`,
    quote: needle,
  };
};

function node(
  id: string,
  type: GraphNode['type'],
  name: string,
  props: GraphNode['properties'],
  quote: string,
  aliases: string[] = [],
): GraphNode {
  return { id, type, name, aliases, properties: props, sources: [at(quote)] };
}

function edge(
  type: GraphEdge['type'],
  from: string,
  to: string,
  props: GraphEdge['properties'],
  quote: string,
): GraphEdge {
  return { type, from, to, properties: props, sources: [at(quote)] };
}

export const ID = {
  tunis: 'resolution:tunis-agenda-for-the-information-society',
  res: 'resolution:a-res-70-125',
  wgec: 'workinggroup:wgec-2016-2018',
  fonseca: 'person:benedicto-fonseca-filho',
  major: 'person:peter-major',
  brazil: 'organization:brazil',
  m1: 'meeting:wgec-2016-2018-1',
  m2: 'meeting:wgec-2016-2018-2',
  cstd21: 'meeting:cstd-21',
} as const;

export function fixtureGraph(): Graph {
  const nodes: GraphNode[] = [
    node(
      DOC,
      'Document',
      'Report of the Chair of the Working Group on Enhanced Cooperation',
      {
        title: 'Report of the Chair of the Working Group on Enhanced Cooperation',
        date: '2018-05-03',
        docType: 'report',
        file: 'r.txt',
        text: TEXT,
      },
      'Report of the Chair of the Working Group on Enhanced Cooperation',
    ),
    {
      ...node(
        NOTICE,
        'Document',
        'Notification of the second meeting',
        { symbol: 'DTL/STICT/MISC/2016/9', date: '2016-11-22', docType: 'notification' },
        'Report of the Chair',
      ),
      sources: [{ document: NOTICE, locator: 'page 1', quote: 'DTL/STICT/MISC/2016/9' }],
    },
    node(
      ID.tunis,
      'Resolution',
      'Tunis Agenda for the Information Society',
      { kind: 'outcome-document' },
      'the General Assembly requested',
      ['Tunis Agenda'],
    ),
    node(
      ID.res,
      'Resolution',
      'A/RES/70/125',
      { symbol: 'A/RES/70/125', adoptedOn: '2015-12-16', kind: 'resolution' },
      'resolution 70/125',
      ['resolution 70/125'],
    ),
    node(
      ID.wgec,
      'WorkingGroup',
      'Working Group on Enhanced Cooperation (2016–2018)',
      { acronym: 'WGEC', startYear: 2016, endYear: 2018 },
      'Working Group on Enhanced Cooperation (2016–2018)',
      ['Working Group on Enhanced Cooperation'],
    ),
    node(
      ID.fonseca,
      'Person',
      'Benedicto Fonseca Filho',
      { honorific: 'Ambassador' },
      'Ambassador Benedicto Fonseca Filho',
      ['Benedicto Fonseca'],
    ),
    node(ID.major, 'Person', 'Peter Major', { honorific: 'Mr.' }, 'Mr. Peter Major'),
    node(ID.brazil, 'Organization', 'Brazil', { kind: 'member-state' }, 'from Brazil'),
    node(
      ID.m1,
      'Meeting',
      'First meeting of the WGEC (2016–2018)',
      { startDate: '2016-09-30', ordinal: 1, city: 'Geneva' },
      'made an introductory presentation',
    ),
    node(
      ID.m2,
      'Meeting',
      'Second meeting of the WGEC (2016–2018)',
      { startDate: '2017-01-26', endDate: '2017-01-27', ordinal: 2, city: 'Geneva' },
      'was elected Chair',
    ),
    node(
      ID.cstd21,
      'Meeting',
      'Twenty-first session of the CSTD',
      { startDate: '2018-05-14', endDate: '2018-05-18', ordinal: 21 },
      'twenty-first session',
    ),
  ];
  const edges: GraphEdge[] = [
    edge('REFERENCES', ID.res, ID.tunis, { paragraphs: '69-71' }, 'In resolution 70/125'),
    edge(
      'MANDATES',
      ID.res,
      ID.wgec,
      { paragraph: '65' },
      'requested the Chair of the CSTD to establish a working group',
    ),
    edge('MANDATES', ID.res, DOC, { paragraph: '65' }, 'paragraph 65'),
    // The report also cites the Tunis Agenda directly: a shortcut past the mandate chain.
    edge('REFERENCES', DOC, ID.tunis, { paragraphs: '69-71' }, 'Report of the Chair'),
    edge('REPORTS_TO', ID.wgec, ID.cstd21, {}, 'reported to the twenty-first session'),
    edge('PRODUCED', ID.fonseca, DOC, {}, 'Report of the Chair of the Working Group'),
    edge(
      'CHAIRED',
      ID.fonseca,
      ID.wgec,
      { role: 'Chair' },
      'Ambassador Benedicto Fonseca Filho, from Brazil, was elected Chair',
    ),
    edge(
      'AFFILIATED_WITH',
      ID.fonseca,
      ID.brazil,
      { title: 'Ambassador' },
      'Benedicto Fonseca Filho, from Brazil',
    ),
    edge(
      'SPOKE_AT',
      ID.major,
      ID.m1,
      { role: 'presenter' },
      'Mr. Peter Major made an introductory presentation',
    ),
    edge('PART_OF', ID.m1, ID.wgec, {}, 'Working Group on Enhanced Cooperation (2016–2018)'),
    edge('PART_OF', ID.m2, ID.wgec, {}, 'Working Group on Enhanced Cooperation (2016–2018) reported'),
    edge('SUCCEEDS', ID.m2, ID.m1, {}, 'Working Group on Enhanced Cooperation'),
  ];
  return { nodes, edges };
}
