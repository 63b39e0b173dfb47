import { describe, expect, it } from 'vitest';
import { segment } from '../../../ingest/segment/segment.ts';

// A deck's slide titles are short lines indented by one to three spaces among many "•" bullets; one such
// line alone is a web page's section heading (an advisory panel's terms of reference page), not a deck.
const bullets = (n: number): string => Array.from({ length: n }, (_, i) => `• Duty number ${i}`).join('\n\n');

describe('segment: slide titles', () => {
  const cases: { name: string; text: string; slides: boolean }[] = [
    {
      name: 'two indented titles among bullets: a deck',
      text: ` Opening slide title \n\n${bullets(5)}\n\n Closing slide title \n\n${bullets(4)}`,
      slides: true,
    },
    {
      name: 'one indented heading among bullets: a web page',
      text: `Terms of Reference for the Example Panel\n\nThe Panel performs the following functions:\n\n${bullets(5)}\n\n Individual member responsibilities\n\n${bullets(4)}`,
      slides: false,
    },
    {
      name: 'two indented titles but few bullets: no deck',
      text: ` First title \n\n${bullets(3)}\n\n Second title \n\n${bullets(2)}`,
      slides: false,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const locs = segment({ text: c.text }).map((p) => p.locator);
      expect(locs.some((l) => l.startsWith('slide'))).toBe(c.slides);
    });
});
