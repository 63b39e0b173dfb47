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
];

describe('titles that open with a plural or a label', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(title(text)).toBe(want);
  });
});
