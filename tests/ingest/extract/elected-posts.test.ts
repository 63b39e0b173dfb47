// Elections to a body's executive posts written without an honorific, as press releases on an ITU
// Plenipotentiary Conference's elections write them (rules/elected-posts.ts): the name, its Member State
// ("of X", "(X)") and the verb, or "elected <name> (<State>) as …"; the post's body before it ("ITU’s new
// Deputy Secretary-General") or after it ("Director of ITU’s Radiocommunication Bureau"). A name with neither
// a State nor a known body of its post is not read, nor a State or a body's name. Names are invented.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const ITU = 'Busan, 27 October 2030 — Member States of the International Telecommunication Union voted. ';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'a State after the name, the post of an unnamed union',
    'Jon Sample of China was successful in his bid to become the next Secretary-General of the Union.',
    ['person:jon-sample', 'AFFILIATED_WITH person:jon-sample organization:china'],
    ['AFFILIATED_WITH person:jon-sample organization:itu'],
  ],
  [
    'a long-form State and the body before the post',
    'Ana Example of the United Kingdom was announced as ITU’s new Deputy Secretary-General in the fourth round.',
    [
      'AFFILIATED_WITH person:ana-example organization:united-kingdom-of-great-britain-and-northern-ireland',
      'AFFILIATED_WITH person:ana-example organization:itu Deputy Secretary-General',
    ],
    [],
  ],
  [
    'no State, a known body after the post, a second term',
    'Current incumbent Piet Voorbeeld was confirmed in a second term as the Director of ITU’s Radiocommunication Bureau.',
    ['AFFILIATED_WITH person:piet-voorbeeld organization:itu-radiocommunication-bureau Director'],
    ['AFFILIATED_WITH person:piet-voorbeeld organization:itu '],
  ],
  [
    'the object of "elected", the State in brackets',
    'ITU Member-States elected Mara Muster (Lithuania) as a new ITU Secretary-General with 139 votes.',
    [
      'AFFILIATED_WITH person:mara-muster organization:lithuania',
      'AFFILIATED_WITH person:mara-muster organization:itu Secretary-General',
    ],
    [],
  ],
  [
    'the State in brackets before the verb',
    'Then Kai Beispiel (Japan) was elected as the new ITU Deputy Secretary-General.',
    ['AFFILIATED_WITH person:kai-beispiel organization:itu Deputy Secretary-General'],
    [],
  ],
  [
    'a news copy in lower case, re-elected',
    'Member States have re-elected Jon Sample of China as ITU secretary-general.',
    ['AFFILIATED_WITH person:jon-sample organization:itu Secretary-General'],
    [],
  ],
  [
    '"to serve as", the post of an unnamed organization',
    'Member States have elected Ana Example of the United States to serve as the organization’s next Secretary-General.',
    ['AFFILIATED_WITH person:ana-example organization:united-states-of-america'],
    ['AFFILIATED_WITH person:ana-example organization:itu'],
  ],
  // Negative: neither a State nor a body; a State elected; a chair's post; a place.
  [
    'no State and no known body',
    'Lars Probe was elected as the next Director of the Union.',
    [],
    ['person:lars-probe'],
  ],
  [
    'a State is elected, not a person',
    'Saudi Arabia was elected as Vice-President of the Council.',
    [],
    ['person:saudi-arabia'],
  ],
  [
    'a President is the chair rules’',
    'Jane Roe of Kenya was elected President of the General Assembly.',
    ['AFFILIATED_WITH person:jane-roe organization:kenya'],
    ['AFFILIATED_WITH person:jane-roe organization:general-assembly'],
  ],
  [
    'a body is elected',
    'The Radio Regulations Board was elected as the Director of ITU’s Radiocommunication Bureau.',
    [],
    ['person:'],
  ],
];

describe('elected-posts: an election to a post, without an honorific', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const facts = personFacts(ITU + text);
      for (const w of want) expect(facts).toContain(w);
      for (const n of not) expect(facts.filter((f) => f.startsWith(n) || f.includes(` ${n}`))).toEqual([]);
    });
});
