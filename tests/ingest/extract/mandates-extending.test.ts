// A resolution that extends or renews a group's mandate MANDATES that group (rules/mandates-extending.ts): "within
// the framework of resolution 2011/16 extending the mandate of the Working Group, which had not been able to
// complete its task" (the report of the Working Group on Improvements to the IGF, 2012) gave none. Gazetteer groups,
// invented sentences and resolution numbers.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const mandates = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES')
    .map((e) => `${e.from} ${e.to}`);

const WG = 'workinggroup:wg-igf-improvements';
const OPEN = 'The Working Group on Improvements to the Internet Governance Forum met in Geneva.';

describe('a resolution extending a mandate', () => {
  it.each([
    [
      `${OPEN} It met within the framework of resolution 2097/16 extending the mandate of the Working Group, which had not finished.`,
      'resolution:e-res-2097-16',
    ],
    [
      `${OPEN} The Council adopted resolution 2097/16 of 26 July 2097, which extended the mandate of the Working Group on Improvements to the Internet Governance Forum.`,
      'resolution:e-res-2097-16',
    ],
    [
      `${OPEN} It recalled resolution 97/141 renewing the mandate of the Working Group.`,
      'resolution:a-res-97-141',
    ],
  ])('mandates the group: %s', (text, res) => {
    expect(mandates(text)).toContain(`${res} ${WG}`);
  });
  it.each([
    // No instrument before the verb: the Council extended it.
    `${OPEN} The Council, in its meeting, extended the mandate of the Working Group until 2098.`,
    // Not a mandate: the deadline.
    `${OPEN} It recalled resolution 2097/16 extending the deadline of the Working Group.`,
    // A clause between the resolution and the verb.
    `${OPEN} It recalled resolution 2097/16, adopted after long talks, and the Council later extended the mandate of the Working Group.`,
  ])('mandates nothing: %s', (text) => {
    expect(mandates(text).filter((m) => m.endsWith(WG) && m.includes('2097-16'))).toEqual([]);
  });
});
