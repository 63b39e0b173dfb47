// Launching a call for a body's members sets nothing up (rules/established.ts CALL_OBJECT): "The
// Secretary-General has launched an open call for candidates to serve on the Independent International
// Scientific Panel on Artificial Intelligence" (news of the Panel's call for nominations). Texts are paraphrased.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const established = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const CASES: [string, string[]][] = [
  [
    'The UN Secretary-General has launched an open call for candidates to serve on the Independent International Scientific Panel on Artificial Intelligence.',
    [],
  ],
  [
    'The Secretary-General launched a call for nominations for the Independent International Scientific Panel on AI.',
    [],
  ],
  // Positive: the body itself as the object.
  [
    'The Secretary-General launched the Independent International Scientific Panel on Artificial Intelligence in 2026.',
    ['organization:secretary-general workinggroup:ai-scientific-panel'],
  ],
];

describe('a call for candidates is not what it fills', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(established(text)).toEqual(want);
  });
});
