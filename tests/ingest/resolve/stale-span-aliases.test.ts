// A meeting of a working group merged into another keeps none of the names that carry the merged group's
// one-year span (working-group-spans.ts): "Fifth meeting of the Working Group on Enhanced Cooperation
// (2018–2018)" is no name of the fifth meeting of the 2016–2018 group.

import { describe, expect, it } from 'vitest';
import { withoutStaleSpans } from '../../../ingest/resolve/working-group-spans.ts';

const KEPT = 'Fifth meeting of the Working Group on Example Cooperation (2016–2018)';

const CASES: [name: string, keptName: string, names: string[], want: string[]][] = [
  [
    'a stale span is dropped, other names stay',
    KEPT,
    ['fifth meeting', 'Fifth meeting of the Working Group on Example Cooperation (2018–2018)'],
    ['fifth meeting'],
  ],
  [
    'the kept span stays, with a hyphen too',
    KEPT,
    ['WGEC 2016-2018 fifth meeting', 'Fifth meeting of the Working Group on Example Cooperation (2016–2018)'],
    ['WGEC 2016-2018 fifth meeting', 'Fifth meeting of the Working Group on Example Cooperation (2016–2018)'],
  ],
  [
    'a kept name without a span drops nothing',
    'Second Open Consultations and MAG Meeting',
    ['IGF 2017 Second Open Consultations', 'Consultations (2016–2017)'],
    ['IGF 2017 Second Open Consultations', 'Consultations (2016–2017)'],
  ],
];

describe('names of a merged node without stale spans', () => {
  for (const [name, keptName, names, want] of CASES)
    it(name, () => expect(withoutStaleSpans(names, keptName)).toEqual(want));
});
