// "Secretary-General of <another body>" is that body's head, no mention of the United Nations Secretary-General
// (rules/gazetteer-mentions.ts): "Dr. X, Secretary-General of the International Telecommunication Union (ITU)"
// in a CSTD session's news; "of the United Nations" (or "of the Organization") still is. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const SG = 'organization:secretary-general';
const mentionsSg = (text: string) => extractText(text).nodes.some((n) => n.id === SG);

const CASES: [text: string, want: boolean][] = [
  ['Dr. Jan Example, Secretary-General of the International Telecommunication Union (ITU), spoke.', false],
  ['Statement by Ana Sample, Secretary-General of UN Trade and Development (UNCTAD)', false],
  ['Ana Sample, Secretary-general of the International Telecommunication Union, opened the session.', false],
  ['The Secretary-General of the United Nations Conference on Trade and Development spoke.', false],
  ['The Secretary-General of the United Nations convened the Forum.', true],
  ['The report of the Secretary-General of the Organization was noted.', true],
  ['The Secretary-General shall convene the Forum.', true],
  ['The Forum was convened by the UN Secretary-General in 2006.', true],
];

describe('the Secretary-General of another body', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(mentionsSg(text)).toBe(want);
  });
});
