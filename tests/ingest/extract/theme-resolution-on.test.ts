// A resolution "on <theme>" ADDRESSES that theme (rules/theme-links.ts); "on <date>" says when it was
// adopted, and a theme in the next sentence or heading is not its topic ("This appointment follows the
// adoption of General Assembly Resolution 79/194 on 19 December 2024." over "PGA Highlights Digital
// Divides …", the PGA's WSIS+20 page).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const ICT4D = 'theme:information-and-communication-technologies-for-development';

const CASES: [name: string, text: string, from: string, to: string, addresses: boolean][] = [
  [
    'on its theme',
    'In its resolution (A/RES/66/184) on information and communications technologies for development, the General Assembly requested a report.',
    'resolution:a-res-66-184',
    ICT4D,
    true,
  ],
  [
    'on its theme, after its date',
    'Recalling its resolution 66/184 of 22 December 2011 on information and communications technologies for development,',
    'resolution:a-res-66-184',
    ICT4D,
    true,
  ],
  [
    'on the day it was adopted, a theme in the next heading',
    'This appointment follows the adoption of General Assembly Resolution 79/194 on 19 December 2024.\n\nPGA Highlights Digital Divides and WSIS at UN General Assembly Briefing\n',
    'resolution:a-res-79-194',
    'theme:digital-divide',
    false,
  ],
  [
    'on the day it was adopted, then on its theme',
    'This follows the adoption of General Assembly Resolution 66/184 on 22 December 2011 on information and communications technologies for development.',
    'resolution:a-res-66-184',
    ICT4D,
    true,
  ],
  [
    'on the day it was adopted, a theme later in the sentence',
    'This follows the adoption of General Assembly Resolution 66/184 on 22 December 2011, after a debate on information and communications technologies for development.',
    'resolution:a-res-66-184',
    ICT4D,
    false,
  ],
  [
    'a theme in the next sentence',
    'The Assembly adopted resolution 66/184 on time. Information and communications technologies for development were then discussed.',
    'resolution:a-res-66-184',
    ICT4D,
    false,
  ],
];

describe('a resolution on a theme', () => {
  for (const [name, text, from, to, addresses] of CASES)
    it(name, () => {
      expect(hasEdge(extractText(text), 'ADDRESSES', from, to)).toBe(addresses);
    });
});
