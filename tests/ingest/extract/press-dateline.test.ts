// A press release's dateline opening its first paragraph dates the document (rules/document-dated-symbol.ts
// pressDateline): "Beirut, 22 October 2010 (UN Information Service) — …" (ESCWA's releases on its Internet
// governance meetings) left the release undated. Sentences are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const docDate = (text: string): unknown =>
  extractText(text).nodes.find((n) => n.type === 'Document')?.properties.date;

const CASES: [text: string, date: string | undefined][] = [
  [
    'Regional meeting on the Internet in Sampletown\n\nSampletown, 22 October 2031 (UN Information Service) — The commission and its partners are organizing a meeting on 25-26 October.',
    '2031-10-22',
  ],
  [
    'News\n\nSampletown, 15 June 2031 (Sample Communication and Information Unit)– Under the umbrella of the commission, the secretariat will hold a meeting.',
    '2031-06-15',
  ],
  ['GENEVA, 3 March 2031 (UN Information Service) -- The Group met today.', '2031-03-03'],
  // No year, no issuing service in brackets, or no dash after it: no dateline.
  ['GENEVA, 3 March (UN Information Service) -- The Group met today.', undefined],
  ['Sampletown, 22 October 2031 — The commission is organizing a meeting.', undefined],
  ['Sampletown, 22 October 2031 (Monday) the commission met.', undefined],
];

describe("a press release's dateline", () => {
  it.each(CASES)('%s', (text, date) => expect(docDate(text)).toBe(date));
});
