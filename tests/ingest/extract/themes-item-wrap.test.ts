// An agenda item's title in a web copy that sets every masthead line apart with a blank line
// (rules/themes.ts agendaItem): "Information and communication technologies" over "for development" is one
// title, quoted whole, since the next block goes on in lower case; a block in capitals after the blank
// line is not the title's. A single word the text ends on is a copy cut off mid-title ("Econ"): no theme.
// Invented mastheads.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const themes = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Theme')
    .map((n) => `${n.name} «${n.sources[0]!.quote.replace(/\s+/g, ' ')}»`);

describe('an agenda item’s title over blocks set apart', () => {
  it('goes on in lower case', () => {
    expect(
      themes(
        'General Assembly\n\nItem 16 of the preliminary list**\n\nOcean data and coastal technologies\n\nfor development\n\nReport of the Secretary-General\n',
      ),
    ).toEqual([
      'Ocean data and coastal technologies for development «Ocean data and coastal technologies for development»',
    ]);
  });
  it('stops at a block in capitals', () => {
    expect(
      themes(
        'General Assembly\n\nItem 16 of the preliminary list**\n\nOcean data and coastal technologies\n\nReport of the Secretary-General\n',
      ),
    ).toEqual(['Ocean data and coastal technologies «Ocean data and coastal technologies»']);
  });
  it('a one-word title the text ends on is cut off', () => {
    expect(themes('General Assembly\n\nItem 18 (b) of the provisional agenda**\n\nOcea\n')).toEqual([]);
  });
  it('a one-word title with text after it stays', () => {
    expect(
      themes(
        'General Assembly\n\nItem 18 of the provisional agenda**\nOceanography\n\nReport of the Secretary-General\n',
      ),
    ).toEqual(['Oceanography «Item 18 of the provisional agenda** Oceanography»']);
  });
});
