// Appointment notices as the Secretary-General's press releases write them
// (rules/appointments.ts): "the appointment of <Name> of <State> as <post>",
// "<Name> of <State> … will succeed <Name> of <State>". Names and posts below
// are invented; the sentence shapes are the UN's.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}${e.properties.title ? ` ${e.properties.title}` : ''}`);

describe('appointments: <Name> of <Member State> as <post>', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The Secretary-General today announced the appointment of Ana Maria Exemplo of Chile as his Envoy on Technology.',
      [
        'person:ana-maria-exemplo organization:chile',
        'person:ana-maria-exemplo organization:tech-envoy Envoy on Technology',
      ],
      [],
    ],
    [
      'The General Assembly confirmed Jon Sample of Kenya as Secretary-General of the United Nations Conference on Trade and Development (UNCTAD) for a further four years.',
      ['person:jon-sample organization:kenya', 'person:jon-sample organization:unctad'],
      // The longer "Secretary-General of the United Nations" is not the post's body.
      ['person:jon-sample organization:secretary-general'],
    ],
    [
      'The Secretary-General has appointed Rita Example of Guyana as the next Director-General of UNESCO. She will succeed Tom Sample of New Zealand, to whom the Secretary-General is grateful.',
      [
        'person:rita-example organization:guyana',
        'person:tom-sample organization:new-zealand',
        'person:tom-sample organization:unesco',
      ],
      [],
    ],
    // Not a person: no Member State after the name, or a body's words.
    [
      'The Council noted the appointment of Senior Officials of Chile as observers.',
      [],
      ['person:senior-officials'],
    ],
    ['The Secretary-General appointed Maria Example as his adviser.', [], ['person:maria-example']],
    ['The Assembly confirmed the Office of Chile as host.', [], ['person:office']],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = affiliations(text);
      for (const w of want) expect(got.some((g) => g.startsWith(w))).toBe(true);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
