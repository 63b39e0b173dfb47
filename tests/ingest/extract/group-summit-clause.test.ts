// A working group named only beside its mandate's Summit (rules/working-groups.ts, rules/established.ts):
// "The Working Group on Internet Governance (WGIG) was established by the Secretary-General … during the
// first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003"
// gave "WGIG (2003–2003)": the Summit's date is not the group's. Kept without years; a batch that dates it
// gives it those years (ingest/resolve/working-group-spans.ts). Names and texts are invented.

import { describe, expect, it } from 'vitest';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromText, extractText } from './helpers.ts';

const SUMMIT =
  'during the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003';
const groups = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.id)
    .sort();
const established = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const CASES: [name: string, text: string, groups: string[], established: string[]][] = [
  [
    "the Summit's date only: the group without years, set up by the Secretary-General",
    `The Working Group on Example Governance (WGEG) was established by the Secretary-General ${SUMMIT}.`,
    ['workinggroup:wgeg'],
    ['organization:secretary-general workinggroup:wgeg'],
  ],
  [
    'a date of its own in the sentence: its year',
    `The Working Group on Example Governance (WGEG) was established by the Secretary-General on 11 November 2004, ${SUMMIT}.`,
    ['workinggroup:wgeg-2004-2004'],
    ['organization:secretary-general workinggroup:wgeg-2004-2004'],
  ],
  [
    'its meetings date it',
    `The Working Group on Example Governance (WGEG) was established by the Secretary-General ${SUMMIT}. The Group held four meetings in Geneva: 23-25 November 2004 and 14-17 June 2005.`,
    ['workinggroup:wgeg-2004-2005'],
    ['organization:secretary-general workinggroup:wgeg-2004-2005'],
  ],
  [
    'no date near it at all: no group (as before)',
    'The Working Group on Example Governance (WGEG) was established by the Secretary-General.',
    [],
    [],
  ],
];

describe('a working group named beside its mandate’s Summit', () => {
  for (const [name, text, want, set] of CASES)
    it(name, () => {
      expect(groups(text)).toEqual(want);
      expect(established(text)).toEqual(set);
    });
});

// The passive subject is a group even when no group node was made of it: a meeting of a later clause is
// not what the agent set up. A subject that is the meetings themselves still is.
const SUBJECT_CASES: [name: string, text: string, meetingSetUp: boolean][] = [
  [
    'a group named by its kind',
    `The Expert Group on Example Matters was established by the Secretary-General ${SUMMIT}.`,
    false,
  ],
  [
    'a group by its common noun',
    `This Working Group was established by the Secretary-General ${SUMMIT}.`,
    false,
  ],
  [
    'the meetings themselves',
    'Two meetings, organized by the UNCTAD secretariat, took place: the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003.',
    true,
  ],
];

describe('what a passive verb with a group as its subject set up', () => {
  for (const [name, text, meetingSetUp] of SUBJECT_CASES)
    it(name, () => {
      expect(established(text).some((e) => / meeting:world-summit/.test(e))).toBe(meetingSetUp);
    });
});

describe('a group kept without years, in a batch that dates it', () => {
  it('is the group of the same name the other document dates', () => {
    const undated = `The Working Group on Example Governance (WGEG) was established by the Secretary-General ${SUMMIT}.`;
    const dated =
      'Report of the Working Group on Example Governance\n\n1. The Working Group on Example Governance held four meetings in Geneva: 23-25 November 2004 and 14-17 June 2005.';
    const other = `The Working Group on Other Governance (WGOG) was established by the Secretary-General ${SUMMIT}.`;
    const r = extractCorpusSerial([
      docFromText('a.txt', undated),
      docFromText('b.txt', dated),
      docFromText('c.txt', other),
    ]);
    const ids = new Set(
      [...r.perDocument.values()]
        .flatMap((g) => g.nodes)
        .filter((n) => n.type === 'WorkingGroup')
        .map((n) => n.id),
    );
    expect([...ids].sort()).toEqual(['workinggroup:wgeg-2004-2005', 'workinggroup:wgog']);
  });
  it('stays without years when two groups of its name are dated', () => {
    const undated = `The Working Group on Example Governance (WGEG) was established by the Secretary-General ${SUMMIT}.`;
    const first = 'The Working Group on Example Governance (2004-2005) met in Geneva.';
    const second = 'The Working Group on Example Governance (2010-2012) met in Geneva.';
    const r = extractCorpusSerial([
      docFromText('a.txt', undated),
      docFromText('b.txt', first),
      docFromText('c.txt', second),
    ]);
    const ids = new Set(
      [...r.perDocument.values()]
        .flatMap((g) => g.nodes)
        .filter((n) => n.type === 'WorkingGroup')
        .map((n) => n.id),
    );
    expect([...ids].sort()).toEqual([
      'workinggroup:wgeg',
      'workinggroup:wgeg-2004-2005',
      'workinggroup:wgeg-2010-2012',
    ]);
  });
});
