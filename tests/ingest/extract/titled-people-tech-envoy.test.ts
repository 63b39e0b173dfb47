// The press's short form of the Secretary-General's Envoy on Technology before its holder's name (rules/
// titled-people.ts POST_BEFORE, gazetteer alias "UN Tech Envoy"): "UN Tech Envoy X said …" makes X and their
// post; the appointment's date after a post is no part of it (appointments.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliated = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to} ${e.properties.title ?? '-'}`)
    .sort();

describe('"Tech Envoy" before a name', () => {
  it.each([
    [
      'UN Tech Envoy Ravi Sample said the Compact was a milestone.',
      ['person:ravi-sample organization:tech-envoy Tech Envoy'],
    ],
    [
      'Tech Envoy Ravi Sample opened the consultation.',
      ['person:ravi-sample organization:tech-envoy Tech Envoy'],
    ],
    // Negative: a post no longer held; the office without a holder; a name-like phrase of a body.
    ['Former Tech Envoy Ravi Sample spoke at the event.', []],
    ['The UN Tech Envoy said the Compact was a milestone.', []],
    ['The Tech Envoy Office published the paper.', []],
  ] as const)('%s', (text, want) => {
    expect(affiliated(text)).toEqual(want);
  });
});
