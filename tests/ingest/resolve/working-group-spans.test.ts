// A working group dated only by its document's year is the same-named group
// whose stated span covers that year (ingest/resolve/working-group-spans.ts),
// across the documents of one batch.

import { describe, expect, it } from 'vitest';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { DATED_BY_DOCUMENT as DATED } from '../../../ingest/resolve/working-group-spans.ts';
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
const MET_2030 =
  'United Nations\nDistr.: General\n3 May 2030\n\nThe Working Group on Example Policy held its first meeting on 2 April 2030 in Geneva.';
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
  // A year only the document's date gives is no year the text states for the group (q98): without a stated
  // span of the batch it falls in, the group is left out, as a group named with no date at all is.
  it('a year only the document gives, outside every stated span, is left out', () => {
    expect(groups([STATED, NOTICE_2014]).ids).toEqual(['workinggroup:wgec-2016-2018']);
  });
  it('alone, a group only its document’s date dates is left out', () => {
    expect(groups([NOTICE_2016]).ids).toEqual([]);
  });
  it('a year its own meeting gives stays, alone too', () => {
    expect(groups([MET_2030]).ids).toEqual(['workinggroup:wgep-2030-2030']);
  });
  it('the marker of years the document gave is never written out', () => {
    const { graphs } = groups([STATED, NOTICE_2016, MET_2030]);
    for (const n of graphs.flatMap((g) => g.nodes)) expect(Object.keys(n.properties)).not.toContain(DATED);
  });
});
