// The numbered meetings of a working group dated by one year only are the meetings of the group it merges
// into (ingest/resolve/working-group-spans.ts groupMeetingMerges): "The fifth meeting of the Working Group on
// Enhanced Cooperation … will be held in early 2018" (a notice naming the group without its years) is the fifth
// meeting of the 2016–2018 group another document of the batch states, with that group's years in its name.

import { describe, expect, it } from 'vitest';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromText } from '../extract/helpers.ts';

const meetings = (texts: string[]) => {
  const r = extractCorpusSerial(texts.map((t, i) => docFromText(`doc-${i}.txt`, t)));
  const out = new Map<string, string>();
  for (const g of r.perDocument.values())
    for (const n of g.nodes) if (n.type === 'Meeting') out.set(n.id, n.name);
  return out;
};

const STATED =
  'Working Group on Enhanced Cooperation (2016-2018), Fourth Meeting\n\nThe fourth meeting of the Working Group on Enhanced Cooperation was held from 25 to 27 September 2017 in Geneva.';
const FIFTH =
  'The fifth meeting of the Working Group on Enhanced Cooperation will be held in early 2018 at the Palais des Nations, Geneva.\n\nDear WGEC members, please see the draft for the WGEC 29-31 January 2018 meeting.';
const FIFTH_2014 =
  'The fifth meeting of the Working Group on Enhanced Cooperation will be held in early 2014 at the Palais des Nations, Geneva.\n\nDear WGEC members, please see the draft for the WGEC 29-31 January 2014 meeting.';

describe("a merged group's numbered meetings", () => {
  it('the fifth meeting of the one-year group is the fifth meeting of the group it merges into', () => {
    const m = meetings([STATED, FIFTH]);
    expect(m.get('meeting:wgec-2016-2018-5')).toBe(
      'Fifth meeting of the Working Group on Enhanced Cooperation (2016–2018)',
    );
    expect([...m.keys()].some((id) => id.startsWith('meeting:wgec-2018-2018'))).toBe(false);
  });
  it('a group that merges into none keeps its meetings', () => {
    const m = meetings([STATED, FIFTH_2014]);
    expect(m.has('meeting:wgec-2014-2014-5')).toBe(true);
    expect(m.has('meeting:wgec-2016-2018-5')).toBe(false);
  });
});
