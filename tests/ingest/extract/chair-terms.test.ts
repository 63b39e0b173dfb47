// CHAIRED from / to (rules/chair-terms.ts, parse/terms.ts, q96): the term a sentence states for that chair of that
// body, written with the post; never the document's date, another post's years, or a year the sentence gives
// something else. Short made-up sentences in the genres read (the Secretary-General's appointments of the MAG
// Chair, biographies, bureau elections).

import { describe, expect, it } from 'vitest';
import { mergeProperties } from '../../../cypher/model/merge.ts';
import { relationshipSpec } from '../../../cypher/model/relationships.ts';
import { termAfter, termBefore } from '../../../ingest/extract/parse/terms.ts';
import { extractText } from './helpers.ts';

const chaired = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.from ?? '-'} ${e.properties.to ?? '-'}`);

// [text, CHAIRED lines wanted (person body from to), CHAIRED lines that must not be there]
const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The Secretary-General thanks Ms. Jane Example, outgoing Chair of the Multistakeholder Advisory Group, for her leadership and able guidance since 2016.',
    ['person:jane-example organization:igf-mag 2016 -'],
    [],
  ],
  [
    'United Nations Secretary-General António Guterres has appointed Paul Sample, a member of the business community, to Chair the 2022 Internet Governance Forum (IGF) Multistakeholder Advisory Group (MAG). Mr Sample began working for a software firm in 1991.',
    ['person:paul-sample organization:igf-mag 2022 2022'],
    [],
  ],
  [
    'Ms. Jane Example was appointed Chair of the Multistakeholder Advisory Group for 2021.',
    ['person:jane-example organization:igf-mag 2021 2021'],
    [],
  ],
  [
    'Ms. Jane Example served as Chair of the Multistakeholder Advisory Group from 2019 to 2021.',
    ['person:jane-example organization:igf-mag 2019 2021'],
    [],
  ],
  [
    'Ms. Jane Example, Chair of the Multistakeholder Advisory Group (MAG) since January 2023, opened the meeting.',
    ['person:jane-example organization:igf-mag 2023-01 -'],
    [],
  ],
  // A biography: the group's years written with its name, after the verb or the post.
  [
    'Ambassador Jane Example chaired the Working Group on Enhanced Cooperation (2016–2018).',
    ['person:jane-example workinggroup:wgec-2016-2018 2016 2018'],
    [],
  ],
  [
    'Ambassador Jane Example, Chair of the Working Group on Enhanced Cooperation (2016–2018), opened the meeting.',
    ['person:jane-example workinggroup:wgec-2016-2018 2016 2018'],
    [],
  ],
  // The body's name before the post: a speaker's caption.
  [
    'Ms. Carol Example, IGF MAG Chair (2024), opened the session.',
    ['person:carol-example organization:igf-mag 2024 2024'],
    [],
  ],
  [
    'Ms. Carol Example, MAG Chair since 2024, opened the session.',
    ['person:carol-example organization:igf-mag 2024 -'],
    [],
  ],
  [
    'Ms. Jane Example was elected Chair of the Commission on Science and Technology for Development for the period 2023-2024.',
    ['person:jane-example organization:cstd 2023 2024'],
    [],
  ],
  // A group named with its years in running words (no brackets) is its name, not the chair's term.
  [
    'The Secretary-General thanked Mr. Tom Sample, Chair of the Open-ended working group on security of and in the use of information and communications technologies 2021-2025, for his leadership.',
    [],
    ['person:tom-sample workinggroup:oewg-ict-2021-2025 20'],
  ],
  // Negative: no term with the post; the document's date and a year of another clause are not the term.
  [
    'Geneva, 23 May 2014\n\nThe Secretary-General appointed Mr. Tom Sample to be the Chair of the Multistakeholder Advisory Group. He has taken part in the WSIS since 2002.',
    ['person:tom-sample organization:igf-mag - -'],
    ['person:tom-sample organization:igf-mag 20'],
  ],
  [
    'Ms. Jane Example was elected Chair of the Commission on Science and Technology for Development for one year.',
    ['person:jane-example organization:cstd - -'],
    ['person:jane-example organization:cstd 20'],
  ],
  // A year of a gathering after the body is not the chair's term.
  [
    'Ms. Jane Example, Chair of the Multistakeholder Advisory Group for 2021 meetings, opened the session.',
    [],
    ['person:jane-example organization:igf-mag 2021'],
  ],
  // Another person's years: the term written after a second holder's post is theirs.
  [
    'Ms. Jane Example, Vice-Chair of the Multistakeholder Advisory Group, thanked Mr. Tom Sample, Chair of the Multistakeholder Advisory Group since 2016.',
    [],
    ['person:jane-example organization:igf-mag 2016'],
  ],
];

describe('CHAIRED terms stated with the post', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = chaired(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
  });
});

const AFTER: [tail: string, want: { from: string; to?: string } | undefined][] = [
  [' for 2021.', { from: '2021', to: '2021' }],
  [' for the period 1 August 2017 – 31 January 2018.', { from: '2017-08-01', to: '2018-01-31' }],
  [' (2016–2018) and', { from: '2016', to: '2018' }],
  [' (2016-18)', { from: '2016', to: '2018' }],
  [' (2019–present)', { from: '2019' }],
  [', from 2019 to 2021', { from: '2019', to: '2021' }],
  [' since January 2023.', { from: '2023-01' }],
  [' as of 23 July 2008.', { from: '2008-07-23' }],
  [' for one year.', undefined],
  [' for the twenty-seventh session', undefined],
  [' for 2021 meetings', undefined],
  [' from 2019 onwards', undefined],
  [' (2021 to 2019)', undefined],
  [', which met in 2019.', undefined],
  [' and the Bureau since 2016', undefined],
];

describe('termAfter', () => {
  it.each(AFTER)('%j', (tail, want) => expect(termAfter(tail)).toEqual(want));
});

describe('termBefore', () => {
  it('reads the year before the body name', () => {
    expect(termBefore(' the 2022 Internet Governance Forum (IGF) ')).toEqual({ from: '2022', to: '2022' });
    expect(termBefore('She is the current 2024 ')).toEqual({ from: '2024', to: '2024' });
    expect(termBefore(' of the ')).toBeUndefined();
    expect(termBefore(' of the 2022 report of the ')).toBeUndefined();
  });
});

describe('merging two CHAIRED terms', () => {
  const specs = relationshipSpec('CHAIRED')?.properties;
  // One CHAIRED per person and body (MODEL.md): its from / to sum up the ends the sources state, each cited
  // (the store merges the same way: tests/cypher/store-contract.ts, "upsert merges …"). A stated end is kept;
  // a missing one is filled; a more precise date of the same point replaces a vaguer one.
  it('keeps a stated end, fills a missing one, and refines a date of the same point', () => {
    expect(
      mergeProperties(
        { role: 'Chair', from: '2016-09' },
        { role: 'Chair', from: '2017', to: '2018-05' },
        specs,
      ),
    ).toEqual({ role: 'Chair', from: '2016-09', to: '2018-05' });
    expect(mergeProperties({ role: 'Chair' }, { from: '2021', to: '2021' }, specs)).toEqual({
      role: 'Chair',
      from: '2021',
      to: '2021',
    });
    expect(mergeProperties({ from: '2016', to: '2018' }, { from: '2016-05' }, specs)).toEqual({
      from: '2016-05',
      to: '2018',
    });
  });
});
