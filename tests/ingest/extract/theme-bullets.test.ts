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
  ];
  for (const [raw, want] of CASES) it(raw, () => expect(cleanThemeText(raw)).toBe(want));
});
