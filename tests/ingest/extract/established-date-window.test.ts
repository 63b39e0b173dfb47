// What dates a group's establishment (rules/established-date-window.ts): a date after its name in the
// same clause, not one of a later clause ("…, established by the General Assembly in its resolution 98/1,
// will hold its session from 29 July 2099", "…, which approved a draft in August 2099"). Invented sentences.

import { describe, expect, it } from 'vitest';
import { establishmentWindow, frontedDate } from '../../../ingest/extract/rules/established-date-window.ts';
import { extractText } from './helpers.ts';

const WG = 'Working Group on Internet Governance';
const dates = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => `${e.from} ${e.properties.date ?? '-'}`);

describe('the date of an establishment', () => {
  it.each([
    [
      `The ${WG} was established by the Secretary-General on 11 November 2098.`,
      ['organization:secretary-general 2098-11-11'],
    ],
    [
      `The ${WG}, established by the Secretary-General, will hold its meeting from 29 July 2099 in Geneva.`,
      ['organization:secretary-general -'],
    ],
    [
      `The Secretary-General established the ${WG}, which approved its report in August 2099.`,
      ['organization:secretary-general -'],
    ],
  ] as const)('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });
  it.each([
    [' on 5 May 2099, which met later', ' on 5 May 2099'],
    [', established in 2098, will meet in 2099', ', established in 2098'],
    [' in May 2099 in Geneva', ' in May 2099 in Geneva'],
  ] as const)('window of %j', (text, want) => {
    expect(establishmentWindow(text)).toBe(want);
  });
});

// A bare date fronted before an active verb's agent dates the act (an SG report's background paragraph:
// "In July 2018, the Secretary-General convened a High-level Panel …"); not a resolution's date, not a passive.
describe('a date fronted before the agent', () => {
  it.each([
    [
      `In July 2098, the Secretary-General convened the ${WG} to advance proposals.`,
      ['organization:secretary-general 2098-07'],
    ],
    [
      `On 3 March 2098, the Secretary-General established the ${WG}.`,
      ['organization:secretary-general 2098-03-03'],
    ],
    // Not a bare date adverbial: a resolution's date, a span of years.
    [
      `In its resolution 98/1 of 5 December 2098, the Secretary-General established the ${WG}.`,
      ['organization:secretary-general -'],
    ],
    [`In 2098 and 2099, the Secretary-General convened the ${WG}.`, ['organization:secretary-general -']],
    // A date after the name still wins.
    [
      `In July 2098, the Secretary-General established the ${WG} on 2 August 2098.`,
      ['organization:secretary-general 2098-08-02'],
    ],
  ] as const)('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });
  it.each([
    ['In July 2098, the ', '2098-07'],
    ['On 3 March 2098, ', '2098-03-03'],
    ['Later, in July 2098, the ', undefined],
    ['In July 2098, as agreed, the ', undefined],
  ] as const)('frontedDate(%j)', (text, want) => {
    expect(frontedDate(text)).toBe(want);
  });
});
