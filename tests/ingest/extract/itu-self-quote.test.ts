// The text of an ITU resolution (rules/itu-resolutions.ts): the adopting body PRODUCED it, quoted from the
// title ("RESOLUTION 98 (Atlantis, 2098)") to the line naming the body when both fit in one quote, so the
// quote shows which resolution; else the body's line alone.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const produced = (text: string, from: string, to: string) =>
  extractText(text).edges.find((e) => e.type === 'PRODUCED' && e.from === from && e.to === to);

describe('who adopted an ITU resolution text', () => {
  it('a conference resolution: title to the conference line', () => {
    const e = produced(
      'RESOLUTION 98 (Atlantis, 2098)\n\nManagement of names\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Atlantis, 2098),\n\nconsidering\n\na) that names matter;',
      'organization:itu',
      'resolution:itu-pp-98',
    );
    expect(e?.sources[0]?.quote).toMatch(
      /^RESOLUTION 98 \(Atlantis, 2098\)[\s\S]*The Plenipotentiary Conference/,
    );
  });
  it('a Council resolution: title to "The Council,"', () => {
    const e = produced(
      'RESOLUTION 1398\n\nRole of a group\n\nThe Council,\n\nconsidering\n\na) the functions of ITU Council;',
      'organization:itu-council',
      'resolution:itu-council-1398',
    );
    expect(e?.sources[0]?.quote).toBe('RESOLUTION 1398\n\nRole of a group\n\nThe Council,');
  });
  it('a title too far from the body line for one quote: the body line alone', () => {
    const long = 'Furniture line of the masthead that goes on and on. '.repeat(6);
    const e = produced(
      `RESOLUTION 1398\n\n${long}\n\nThe Council,\n\nconsidering\n\na) the functions of ITU Council;`,
      'organization:itu-council',
      'resolution:itu-council-1398',
    );
    expect(e?.sources[0]?.quote).toBe('The Council,');
  });
});
