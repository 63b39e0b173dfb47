// A report naming the group that wrote it as the sentence's subject's agent (rules/produced-self-group.ts):
// "This report has been produced by the Working Group on …" — the group PRODUCED this document. Not another
// report's author, not the group's chair, not a group named later in the sentence. Synthetic text in the style of
// a working group's report to a summit's preparatory committee.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const producedBy = (text: string): string[] => {
  const g = extractText(text, 'report.txt');
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'report.txt')!;
  return g.edges
    .filter((e) => e.type === 'PRODUCED' && e.to === doc.id)
    .map((e) => e.from)
    .sort();
};

const CASES: [name: string, text: string, from: string[]][] = [
  [
    'this report, produced by the group',
    'Report of the Working Group on Internet Governance\n\n1. This report has been produced by the Working Group on Internet Governance (WGIG), which was set up by the Secretary-General.',
    ['workinggroup:wgig-2004-2005'],
  ],
  [
    'the report, prepared by the group, its paragraph number on its own line',
    'Contents\n\nI. Introduction\n1.\nThe report was prepared by the Working Group on Internet Governance in Geneva.',
    ['workinggroup:wgig-2004-2005'],
  ],
  // Negatives.
  [
    'another report the group produced',
    'Notes of the consultation\n\n1. Participants discussed a paper produced by the Working Group on Internet Governance.',
    [],
  ],
  [
    'a group named later in the sentence',
    'Notes\n\n1. This report has been produced by the secretariat for the Working Group on Internet Governance.',
    [],
  ],
];

describe('a report written by a working group', () => {
  it.each(CASES)('%s', (_name, text, from) => {
    expect(producedBy(text)).toEqual(from);
  });
});
