// A masthead's title opening with a plural ("Resolutions and decisions adopted by the Economic and Social
// Council at its substantive session of 2009", E/2009/INF/2/Add.1) titles the document; the paragraph under
// it that opens with the label "Note:" does not (rules/document-masthead.ts TITLE_START). Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string][] = [
  [
    'United Nations E/2031/INF/2\n\nEconomic and Social Council Distr.: General 21 August 2031\n\nOriginal: English\n\nResolutions and decisions adopted by the Economic and Social Council at its session of 2031\n\nNote: The provisional texts of the resolutions adopted by the Council are circulated herein for information.',
    'Resolutions and decisions adopted by the Economic and Social Council at its session of 2031',
  ],
  [
    'United Nations E/2031/INF/3\n\nEconomic and Social Council Distr.: General 21 August 2031\n\nOriginal: English\n\nDecisions adopted by the Council at its coordination segment\n\nThe texts follow.',
    'Decisions adopted by the Council at its coordination segment',
  ],
  // "Summary:" opens the summary's paragraph, as "Note:" opens a note: the page's headline titles it (q61).
  [
    'Sample Director’s roadmap for data cooperation\n\n29 May 2031\n\nSummary: The present report responds to the report of the Sample Panel. Actions are set out.',
    'Sample Director’s roadmap for data cooperation',
  ],
  // Negative: "Summary of …" without the colon still opens a title.
  [
    'Summary of the Sample Forum on Data\n\nThe Forum met in Geneva. It adopted no text.',
    'Summary of the Sample Forum on Data',
  ],
];

describe('titles that open with a plural or a label', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(title(text)).toBe(want);
  });
});

// An organ's session line ("Eightieth Session of the UN General Assembly", a breadcrumb over a mission's
// statement) titles nothing (rules/document-headline.ts SESSION_LINE, q61).
describe('a session line titles nothing', () => {
  it.each([
    [
      'Ninetieth Session of the UN General Assembly\n\nSample Statement on Data Questions by the Delegation\n\nThe delegation thanks the Chair.',
      'Sample Statement on Data Questions by the Delegation',
    ],
    [
      'Ninetieth session of the General Assembly\n\nSample Statement on Data Questions by the Delegation\n\nThe delegation thanks the Chair.',
      'Sample Statement on Data Questions by the Delegation',
    ],
  ])('%s', (text, want) => {
    expect(title(text)).toBe(want);
  });
  // Negative: a headline about the session says more than when it is.
  it('a headline about a session', () => {
    expect(
      title(
        'Ninetieth Session of the General Assembly Opens with Debate on Data\n\nThe Assembly met today. It heard 40 speakers.',
      ),
    ).toBe('Ninetieth Session of the General Assembly Opens with Debate on Data');
  });
});
