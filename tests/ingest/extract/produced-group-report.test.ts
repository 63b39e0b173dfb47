// A working group's report named with its symbol (rules/produced-group-report.ts):
// "the report of the Group of Governmental Experts on … (A/98/98)", "The report of
// the 2097/98 Group of Governmental Experts was issued as document A/98/98", "the final report of
// the … Group … as contained in A/99/257" (UNODA's page on the Global Mechanism): the
// group PRODUCED that document. A symbol further on in the sentence, or one the
// group only took into account, is not its report. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const produced = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'PRODUCED' && e.from.startsWith('workinggroup:'))
    .map((e) => `${e.from} ${e.to}`);

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'symbol in brackets after the name',
    'On 27 December 2097, the General Assembly adopted resolution 97/243. In paragraph 3, the Assembly invited all Member States, taking into account the report of the Group of Governmental Experts on Rivers and Lakes in the Context of Security (A/98/98), to inform the Secretary-General of their views.',
    ['workinggroup:ggerlcs document:a-98-98'],
    [],
  ],
  [
    'issued as document',
    'The Group of Governmental Experts met three times in 2097 and 2098. The report of the 2097/98 Group of Governmental Experts was issued as document A/98/98.',
    ['workinggroup:gge-2097-2098 document:a-98-98'],
    [],
  ],
  [
    'as contained in',
    'Via resolution 99/16, the General Assembly endorsed the final report of the open-ended working group on security of and in the use of information and communications technologies as contained in A/99/257.',
    ['workinggroup:oewg-ict-2021-2025 document:a-99-257'],
    [],
  ],
  // Negatives: the symbol is another report the group's report refers to, further on in the sentence; a
  // report "contained in" a symbol only after other words.
  [
    'contained in, further on',
    'The report of the open-ended working group on security of and in the use of information and communications technologies recalls the views of States as contained in A/97/55.',
    [],
    ['workinggroup:oewg-ict-2021-2025 document:a-97-55'],
  ],
  [
    'symbol further on',
    'The report of the Group of Governmental Experts on Rivers and Lakes in the Context of Security builds on the earlier findings set out in A/97/55.',
    [],
    ['workinggroup:ggerlcs document:a-97-55'],
  ],
  // Negative: no "report of": a group only named beside a symbol produces nothing.
  [
    'no report of',
    'The Group of Governmental Experts on Rivers and Lakes in the Context of Security (2097-2098) took into account A/97/55.',
    [],
    ['workinggroup:ggerlcs-2097-2098 document:a-97-55'],
  ],
];

describe("a group's report named with its symbol", () => {
  it.each(CASES)('%s', (_n, text, want, not) => {
    const got = produced(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
