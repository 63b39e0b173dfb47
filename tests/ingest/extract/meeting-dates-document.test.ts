// A date written right after a document's own noun dates the document, not the meeting named before it
// (rules/meeting-dates.ts DOCUMENT_DATE): a negotiating draft's heading "Outcome Document of the High-Level
// Meeting of the General Assembly on … Draft Outcome Document 7 December 2015" (a WSIS+10 draft) says when
// the draft was issued. A date the meeting's own words give still dates it. Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const dates = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate}`);

describe('a date after a document’s noun', () => {
  it.each([
    'Outcome Document of the High-Level Meeting on Ocean Data [Suggested for Closure] Draft Outcome Document 7 December 2098 Preamble',
    'Outcome Document of the High-Level Meeting on Ocean Data, Draft Outcome Document, 4 November 2098, Textual Amendments',
    'Outcome of the High-Level Meeting on Ocean Data, revision dated 4 November 2098',
    // A masthead on one line: the date after "Distr.:" is the report's issue date (q61).
    'About: Report of the Director | General Assembly – 98th Session | No: A/98/821 | Distr.: General | 29 May 2099 | Agenda item 14',
  ])('dates no meeting: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
  it.each([
    [
      'The High-Level Meeting on Ocean Data was held on 7 December 2098.',
      'High-Level Meeting on Ocean Data 2098-12-07',
    ],
    [
      'The High-Level Meeting on Ocean Data, on 7 December 2098, adopted its outcome document.',
      'High-Level Meeting on Ocean Data 2098-12-07',
    ],
  ])('dates the meeting: %s', (text, want) => {
    expect(dates(text)).toEqual([want]);
  });
});
