// A working group dated only by its document's year is the same-named group
// whose stated span covers that year (ingest/resolve/working-group-spans.ts),
// across the documents of one batch.

import { describe, expect, it } from 'vitest';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromText } from '../extract/helpers.ts';

const groups = (texts: string[]) => {
  const r = extractCorpusSerial(texts.map((t, i) => docFromText(`doc-${i}.txt`, t)));
  const ids = new Set<string>();
  for (const g of r.perDocument.values())
    for (const n of g.nodes) if (n.type === 'WorkingGroup') ids.add(n.id);
  return { ids: [...ids].sort(), merges: r.merges, graphs: [...r.perDocument.values()] };
};

const STATED =
  'Working Group on Enhanced Cooperation (2016-2018), Fourth Meeting\n\nThe fourth meeting of the Working Group on Enhanced Cooperation was held from 25 to 27 September 2017 in Geneva.';
const NOTICE_2016 =
  'Establishment of the Working Group on Enhanced Cooperation - Next Steps\n\n03 March 2016\n\nThe Chair invites the regional groups to propose members of the Working Group on Enhanced Cooperation.';
const NOTICE_2014 =
  'Working Group on Enhanced Cooperation\n\n3 May 2014\n\nThe Working Group on Enhanced Cooperation met again.';

describe('working groups dated by one year', () => {
  it('a notice of 2016 is about the 2016–2018 group another document states', () => {
    const { ids, merges, graphs } = groups([STATED, NOTICE_2016]);
    expect(ids).toEqual(['workinggroup:wgec-2016-2018']);
    expect(merges.some((m) => m.merged === 'workinggroup:wgec-2016-2016' && /span/.test(m.reason))).toBe(
      true,
    );
    const node = graphs.flatMap((g) => g.nodes).filter((n) => n.id === 'workinggroup:wgec-2016-2018');
    for (const n of node) {
      expect(n.properties).toMatchObject({ startYear: 2016, endYear: 2018 });
      expect(n.aliases.some((a) => a.includes('2016–2016'))).toBe(false);
    }
  });
  it('a year outside every stated span stays its own group', () => {
    expect(groups([STATED, NOTICE_2014]).ids).toEqual([
      'workinggroup:wgec-2014-2014',
      'workinggroup:wgec-2016-2018',
    ]);
  });
  it('alone, a one-year group is kept as it is', () => {
    expect(groups([NOTICE_2016]).ids).toEqual(['workinggroup:wgec-2016-2016']);
  });
});
