// A theme listed after a bullet alone ("• the mutual interaction of …", a CSTD
// panel's sub-themes) is named without the bullet (rules/theme-names.ts).

import { describe, expect, it } from 'vitest';
import { cleanThemeText } from '../../../ingest/extract/rules/theme-names.ts';

describe('theme names from bulleted lines', () => {
  const CASES: [raw: string, want: string | undefined][] = [
    [
      '• the mutual interaction of example education with R&D;',
      'The mutual interaction of example education with R&D',
    ],
    [
      '· infrastructure building as a foundation for example development.',
      'Infrastructure building as a foundation for example development',
    ],
    ['- (a) Example matters;', 'Example matters'],
    ['• 2. Data for development', 'Data for development'],
    // A bullet is not kept, nor is a hyphenated word cut.
    ['e-commerce for development', 'E-commerce for development'],
    ['•  ', undefined],
    // An aside with a bracket inside it goes whole (a dig.watch page on the CCW expert group's agenda).
    [
      '• technology (e.g. whether example systems are artificial intelligence (AI)/autonomous; etc.);',
      'Technology',
    ],
    ['• example effects (e.g. whether X (Y) applies) and example law', 'Example effects and example law'],
    ['• example issues (EI) and example law (EL)', 'Example issues and example law'],
  ];
  for (const [raw, want] of CASES) it(raw, () => expect(cleanThemeText(raw)).toBe(want));
});

// A guiding question is a topic only as "What are the X of Y?" (rules/theme-names.ts): a question asking for an
// opinion (a modal or auxiliary opening, a second question word, "what is or could be") names none.
describe('theme names from guiding questions', () => {
  const CASES: [raw: string, want: string | undefined][] = [
    ['• What are the main features of example networks?', 'Main features of example networks'],
    [
      '(b) What is the role of sample forums in capacity building?',
      'Role of sample forums in capacity building',
    ],
    ['Example policies for rural access?', 'Example policies for rural access'],
    ['• Should/could all forums pick one common topic for next year?', undefined],
    ['• In terms of joint work, what went well this year and what should change?', undefined],
    ['• What should be the shape of future cooperation among the forums?', undefined],
    ['• What is or could be the role of sub-regional forums (in the wider network)?', undefined],
    ['2. Can example networks be funded locally?', undefined],
    ['• What are the obstacles, and how can they be removed?', undefined],
  ];
  for (const [raw, want] of CASES) it(raw, () => expect(cleanThemeText(raw)).toBe(want));
});
