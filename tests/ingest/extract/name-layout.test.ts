// A node's display name and aliases without the copy's layout (build-graph.ts with cypher/model/name-forms.ts):
// A/RES/80/118's "World Summit on the Information Society+ 20 Forum High-level Event" is shown with "+20"; the
// Multi-stakeholder Advisory Group spelled with U+2010, U+2011 and "-" has one such alias, the ASCII one.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const node = (text: string, type: string) => {
  const n = extractText(text).nodes.find((x) => x.type === type);
  return n && { name: n.name, aliases: n.aliases };
};

describe('names and aliases without layout', () => {
  it('"+ 20" in a PDF is "+20"', () => {
    expect(
      node(
        'Noting the holding of the World Summit on the Information Society+ 20 Forum High-level Event, from 7 to 11 July 2025, jointly organized by the International Telecommunication Union.',
        'Meeting',
      ),
    ).toEqual({ name: 'World Summit on the Information Society+20 Forum High-level Event', aliases: [] });
  });
  it('hyphens that differ only in their character are one alias, the ASCII one', () => {
    expect(
      node(
        'The Multi\u2011stakeholder Advisory Group (MAG) met in Geneva. The Multi-stakeholder Advisory Group met again. The Multi\u2010stakeholder Advisory Group agreed.',
        'Organization',
      )?.aliases,
    ).toEqual(['Multi-stakeholder Advisory Group', 'MAG']);
  });
  it('a name spelled otherwise stays an alias', () => {
    expect(
      node('The Multistakeholder Advisory Group (MAG) met in Geneva. The MAG agreed.', 'Organization')
        ?.aliases,
    ).toEqual(['MAG']);
  });
});
