// A preparatory gathering held for another is the one its sentence dates (rules/meetings-named.ts): "The
// Preparatory Meeting for the Ninth Ministerial Conference on … was held on March 12-14, 2024 in Montevideo"
// (ECLAC news on eLAC2026) dated the conference itself. Sentences are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate ?? '-'}`);

describe('a preparatory meeting for another gathering', () => {
  it.each([
    [
      'The Preparatory Meeting for the Ninth Ministerial Conference on the Information Society was held on March 12-14, 2024 in Montevideo, Uruguay.',
      ['Preparatory Meeting for the Ninth Ministerial Conference on the Information Society 2024-03-12'],
      ['Ninth Ministerial Conference on the Information Society 2024-03-12'],
    ],
    [
      'A regional preparatory consultation for the World Summit took place on 5 May 2003 in Bamako.',
      ['Regional preparatory consultation for the World Summit 2003-05-05'],
      ['World Summit 2003-05-05'],
    ],
    // Not preparatory: the dates stay with the gathering named last before them.
    [
      'A high-level event for the Summit and the Ministerial Conference on the Information Society was held on 5 May 2003 in Bamako.',
      [],
      ['High-level event for the Summit 2003-05-05'],
    ],
  ])('%s', (text, want, not) => {
    const got = meetings(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
