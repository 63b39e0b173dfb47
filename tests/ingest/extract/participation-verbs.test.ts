// Taking part as the verb says it (participation-verbs.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const took = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PARTICIPATED_IN')
    .map((e) => `${e.from} -> ${e.to}`)
    .sort();

const cases: [string, string, string[]][] = [
  [
    'participated in a process',
    'Kenya has actively participated in the WSIS+20 review.',
    ['organization:kenya -> process:wsis+20'],
  ],
  [
    'took part in a list',
    'Chile took part in the Global Digital Compact and the WSIS+20 review.',
    ['organization:chile -> process:gdc', 'organization:chile -> process:wsis+20'],
  ],
  [
    'a person attended a meeting',
    'Ms. Amina Example attended the 19th Internet Governance Forum in Riyadh in December 2024.',
    ['person:amina-example -> meeting:igf-19'],
  ],
  // A body after the verb is membership (member-of.ts), not participation in a process.
  ['not a body', 'Peru has actively participated in the Asia-Pacific Economic Cooperation.', []],
  // Words between the actor and the verb other than auxiliaries: not the actor.
  ['not another actor', 'Kenya welcomed that many States participated in the WSIS+20 review.', []],
  ['not a process named later', 'Kenya participated in a discussion that mentioned the WSIS+20 review.', []],
];

describe('taking part as the verb says it', () => {
  for (const [name, text, want] of cases)
    it(name, () => {
      expect(took(text)).toEqual(want);
    });
});
