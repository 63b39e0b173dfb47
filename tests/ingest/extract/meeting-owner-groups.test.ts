// A document that names several groups (rules/meetings.ts, working-groups.ts): an ordinal meeting belongs
// to the group or body named with it ("the first meeting of the Working Group on Improvements to the
// Internet Governance Forum", "the ninth meeting of the Commission"), not always to the group the document
// is about; and a known group named first is the one "the Working Group" means.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const WGEC = 'workinggroup:wgec-2013-2014';
const IMPROVEMENTS = 'workinggroup:wg-igf-improvements';

const CASES: [text: string, edges: [string, string][], not: [string, string][]][] = [
  [
    'The Working Group on Enhanced Cooperation (2013-2014) held its first meeting on 30 May 2013. The second meeting of the Working Group on Improvements to the Internet Governance Forum was held on 24 and 25 May 2011 in Geneva.',
    [
      ['meeting:wgec-2013-2014-1', WGEC],
      ['meeting:wg-igf-improvements-2', IMPROVEMENTS],
    ],
    [['meeting:wgec-2013-2014-2', WGEC]],
  ],
  // Named first, the known group is the document's: "the Working Group" and its meetings are its own.
  [
    'Report of the Working Group on Improvements to the Internet Governance Forum. The Working Group held its first meeting on 25 and 26 February 2011. It took note of the Working Group on Enhanced Cooperation (2013-2014). The second meeting of the Working Group was held on 24 and 25 May 2011.',
    [
      ['meeting:wg-igf-improvements-1', IMPROVEMENTS],
      ['meeting:wg-igf-improvements-2', IMPROVEMENTS],
    ],
    [
      ['meeting:wgec-2013-2014-1', WGEC],
      ['meeting:wgec-2013-2014-2', WGEC],
    ],
  ],
  // A meeting of a body is not the group's meeting: the body's own, numbered apart from its sessions.
  [
    'The Working Group on Enhanced Cooperation (2013-2014) held its first meeting on 30 May 2013. The ninth meeting of the Commission on Science and Technology for Development was held on 3 and 15 November 2013 in Geneva.',
    [
      ['meeting:wgec-2013-2014-1', WGEC],
      ['meeting:cstd-meeting-9', 'organization:cstd'],
    ],
    [['meeting:wgec-2013-2014-9', WGEC]],
  ],
  [
    'The Working Group on Enhanced Cooperation (2013-2014) held its first meeting on 30 May 2013. Report of the Multistakeholder Advisory Group on its fifth meeting, held on 8 and 17 May 2013.',
    [
      ['meeting:wgec-2013-2014-1', WGEC],
      ['meeting:igf-mag-meeting-5', 'organization:igf-mag'],
    ],
    [['meeting:wgec-2013-2014-5', WGEC]],
  ],
  // "Its" is the group named before it, not a body named in between.
  [
    'The Working Group on Enhanced Cooperation (2013-2014) was set up. The Working Group, hosted by UNESCO, held its third meeting on 5 May 2014.',
    [['meeting:wgec-2013-2014-3', WGEC]],
    [['meeting:unesco-meeting-3', 'organization:unesco']],
  ],
  // After one of its sessions, the body's numbered meeting is a meeting of that session.
  [
    'The Commission on Science and Technology for Development held its twenty-first session in Geneva from 14 to 18 May 2018. The third meeting of the Commission was held on 15 May 2018.',
    [['meeting:cstd-21-3', 'meeting:cstd-21']],
    [['meeting:cstd-meeting-3', 'organization:cstd']],
  ],
];

describe('the group a meeting belongs to', () => {
  for (const [text, edges, not] of CASES)
    it(text.slice(0, 100), () => {
      const g = extractText(text);
      for (const [from, to] of edges) expect(hasEdge(g, 'PART_OF', from, to), `${from} → ${to}`).toBe(true);
      for (const [from, to] of not) expect(hasEdge(g, 'PART_OF', from, to), `${from} → ${to}`).toBe(false);
    });

  it('the group known to the gazetteer keeps one id, with its span', () => {
    const g = extractText(
      'The Working Group on Improvements to the IGF held its first meeting on 25 and 26 February 2011.',
    );
    expect(hasNode(g, IMPROVEMENTS)).toBe(true);
    expect(g.nodes.find((n) => n.id === IMPROVEMENTS)?.properties).toMatchObject({
      startYear: 2011,
      endYear: 2012,
    });
  });

  it('a group named after a process is not about a theme inside the process name', () => {
    const g = extractText(
      'The Working Group on Improvements to the Internet Governance Forum met in Geneva.',
    );
    expect(hasNode(g, 'theme:internet-governance')).toBe(false);
  });
});
