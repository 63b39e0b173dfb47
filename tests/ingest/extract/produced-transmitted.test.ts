// A note that transmits a body's report is that body's report (rules/produced-transmitted.ts): "The
// Secretary-General has the honour to transmit herewith the report of the Group of Governmental Experts on …"
// (the note over a GGE report). Texts are paraphrased.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const produced = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PRODUCED' && e.to.startsWith('document:'))
    .map((e) => e.from)
    .sort();

const CASES: [string, string[]][] = [
  [
    'The Secretary-General has the honour to transmit herewith the report of the 2014–2015 Group of Governmental Experts on ICTs and information security.',
    ['workinggroup:gge-2014-2015'],
  ],
  [
    'The Secretary-General has the honour to transmit to the General Assembly the report of the Commission on Science and Technology for Development.',
    ['organization:cstd'],
  ],
  // Negative: another document that transmitted a report.
  [
    'In an earlier note, the Secretary-General transmitted the report of the Commission on Science and Technology for Development.',
    [],
  ],
  // Negative: a post, not a body, right after "report of".
  [
    'The Secretary-General has the honour to transmit herewith the report of the Director-General of the International Telecommunication Union.',
    [],
  ],
];

describe('a note transmitting a report is the reporting body’s', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(produced(text)).toEqual(want);
  });
});
