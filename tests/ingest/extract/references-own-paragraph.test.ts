// The paragraph of an instrument a text cites (rules/references.ts PARAGRAPHS):
// "In paragraph 3 of its resolution 98/25, the General Assembly invited …" (the
// opening of a Secretary-General's compilation of Governments' replies) cites
// paragraph 3 of the body's own resolution, as "paragraph 3 of the resolution"
// would. A paragraph of something else before the resolution is not its
// paragraph. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const refs = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'REFERENCES' && e.to === 'resolution:a-res-98-25')
    .map((e) => e.properties.paragraphs ?? '');

const CASES: [name: string, text: string, want: string][] = [
  [
    'of its resolution',
    'In paragraph 3 of its resolution 98/25, the General Assembly invited all Member States to inform the Secretary-General of their views.',
    '3',
  ],
  [
    'of the resolution',
    'In paragraphs 3 and 4 of the resolution 98/25, the General Assembly invited all Member States to reply.',
    '3–4',
  ],
  // Negative: the paragraph is the report's own, the resolution cited later in the sentence.
  [
    'another paragraph',
    'As noted in paragraph 3 of the present report, the replies respond to General Assembly resolution 98/25.',
    '',
  ],
];

describe('paragraphs of a cited resolution', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(refs(text)).toEqual([want]);
  });
});
