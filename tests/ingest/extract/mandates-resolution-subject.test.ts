// A resolution as the subject of "established" (rules/mandates-resolution-subject.ts): it MANDATES each body
// of the list after the verb, past a head noun that counts them; not a body named inside that head noun, nor
// one after a second clause. Invented sentences.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CASES: [text: string, want: [string, string][], not: [string, string][]][] = [
  [
    'General Assembly resolution 79/325, adopted in August 2025, established two complementary mechanisms within the United Nations, the Global Dialogue on AI Governance and the Independent International Scientific Panel on AI.',
    [
      ['resolution:a-res-79-325', 'process:global-dialogue-ai'],
      ['resolution:a-res-79-325', 'workinggroup:ai-scientific-panel'],
    ],
    [['resolution:a-res-79-325', 'organization:united-nations']],
  ],
  [
    'General Assembly resolution 75/240 established the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025.',
    [['resolution:a-res-75-240', 'workinggroup:oewg-ict-2021-2025']],
    [],
  ],
  // Negative: a second clause between the resolution and the verb.
  [
    'General Assembly resolution 79/325, which welcomed the report of the Secretary-General, established the Global Dialogue on AI Governance.',
    [],
    [['resolution:a-res-79-325', 'process:global-dialogue-ai']],
  ],
  // Negative: the resolution is no subject ("after resolution X, the Assembly established").
  [
    'After resolution 79/325 was adopted, the Secretary-General established the Independent International Scientific Panel on AI secretariat in New York.',
    [],
    [['resolution:a-res-79-325', 'workinggroup:ai-scientific-panel']],
  ],
];

describe('a resolution that established bodies mandates them', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(0, 70), () => {
      const g = extractText(text);
      for (const [a, b] of want) expect(hasEdge(g, 'MANDATES', a, b)).toBe(true);
      for (const [a, b] of not) expect(hasEdge(g, 'MANDATES', a, b)).toBe(false);
    });
});
