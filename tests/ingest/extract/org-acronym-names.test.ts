// An organisation named in full with its acronym in brackets, the acronym's capitals the initials of the name's
// words (rules/org-acronym-names.ts): a national IGF's organising group listed in its report ("National
// Information Technology Development Agency (NITDA), Nigerian Communications Commission (NCC), …") gave no
// organisation. Sentences are invented in the style of national IGF news items.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const orgs = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => `${n.name}|${n.properties.acronym ?? ''}|${n.properties.kind}`)
    .sort();

const CASES: [text: string, want: string[], not: RegExp][] = [
  [
    'The group includes the Sample Data Protection Agency (SDPA) and the Ruritania Network Operators Association (RNOA).',
    [
      'Ruritania Network Operators Association|RNOA|civil-society',
      'Sample Data Protection Agency|SDPA|other',
    ],
    /^$/,
  ],
  // A small word may give a letter or none; a lower-case letter of the acronym is no initial.
  [
    'It was organised by the Ministry of Sample Affairs (MoSA) with partners.',
    ['Ministry of Sample Affairs|MoSA|other'],
    /^$/,
  ],
  ['The Office of the Sample Envoy (OSE) hosted it.', ['Office of the Sample Envoy|OSE|other'], /^$/],
  // No body: initials that do not spell the acronym, no noun of bodies, a gathering's name, a known acronym.
  ['The Sample Data Protection Agency (SDA) met.', [], /Sample/],
  ['The Sample Rights Project (SRP) closed.', [], /Sample/],
  ['The World Summit of the Sample Society (WSSS) met in Tunis.', [], /Summit/],
  ['The Word Summit on the Information Society (WSIS) was held in Tunis.', [], /Summit|Society/],
  ['The Sample Sounding Board (SSB) met.', [], /Board/],
];

describe('organisations named with their acronym', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = orgs(text);
    for (const w of want) expect(got).toContain(w);
    expect(got.filter((n) => not.test(n))).toEqual([]);
  });
});
