// A news wire's copy of a press release (rules/distributor-stamp.ts): under the publisher's name, the
// wire's dateline "MM/DD/YYYY | Press release | Distributed by …" dates the release (month first), and the
// line under it is the headline, not the publisher's name above. Invented releases in the wire's form.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const doc = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties;

// [text, title, date]
const CASES: [text: string, title: string | undefined, date: string | undefined][] = [
  [
    'Sample Nations\n\n03/04/2098 | Press release | Distributed by Public on 03/05/2098 10:12\n\nAssembly Speakers Call for Sample Connectivity for All\n\nMinisters today underscored the role of the Sample Nations.',
    'Assembly Speakers Call for Sample Connectivity for All',
    '2098-03-04',
  ],
  [
    'Results\n\nSample External Service\n\n11/20/2098 | Statement | Distributed by Public on 11/20/2098 13:12\n\nSample Statement – Sample Assembly: High-level meeting on sample connectivity\n\nPRINT\n\nI have the honour to speak.',
    'Sample Statement – Sample Assembly: High-level meeting on sample connectivity',
    '2098-11-20',
  ],
  // The headline on the very next line of the same block.
  [
    '02/14/2098 | Press release | Distributed by Public on 02/14/2098 15:53\nSecretary-General Welcomes Sample Panel\nThe Secretary-General welcomed the panel today.\n\nIt met in New York.',
    'Secretary-General Welcomes Sample Panel',
    '2098-02-14',
  ],
  // Negative: a lead-in under the dateline is no headline; the date still holds.
  [
    '02/14/2098 | Press release | Distributed by Public on 02/14/2098 15:53\nFollowing is a transcript of the remarks of the Sample Envoy, in New York today:\n\nGood afternoon.',
    undefined,
    '2098-02-14',
  ],
  // Negative: a date line without the wire's bars is no wire dateline; day first stays the plain reading.
  [
    'Sample Nations News\n\n03/04/2098\n\nThe Assembly met today on sample matters.',
    'Sample Nations News',
    '2098-04-03',
  ],
];

describe("a news wire's dateline over a press release", () => {
  it.each(CASES)('%s', (text, title, date) => {
    const p = doc(text);
    expect(p?.title).toBe(title);
    expect(p?.date).toBe(date);
  });
});
