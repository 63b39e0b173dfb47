// The text of the resolution that adopted a gazetteer instrument (rules/document-self.ts): A/RES/79/1 over
// "79/1. The Pact for the Future" is the Pact's node (the gazetteer entry's symbol), as "resolution 79/1" is where
// another text cites it; it does not REFERENCE itself, and its title is no theme (themes.ts). A resolution whose
// symbol no instrument has keeps its symbol's node and its title's theme. Invented texts in a resolution's layout.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const RES = (symbol: string, number: string, title: string, adopted: string) =>
  `United Nations ${symbol}\nGeneral Assembly Distr.: General\n25 September 2098\n\nResolution adopted by the General Assembly on ${adopted}\n\n${number}. ${title}\n\n1. We, the Heads of State and Government, have gathered at United Nations Headquarters.\n\n2. We decide to initiate a Global Dialogue on AI Governance.\n\n3. We request the Secretary-General to propose an office.`;

const facts = (text: string) => {
  const g = extractText(text);
  return {
    resolutions: g.nodes
      .filter((n) => n.type === 'Resolution')
      .map((n) => `${n.id} ${n.properties.symbol ?? '-'} ${n.properties.kind}`),
    themes: g.nodes.filter((n) => n.type === 'Theme').map((n) => n.id),
    edges: g.edges
      .filter((e) => ['REFERENCES', 'MANDATES', 'PRODUCED'].includes(e.type))
      .map((e) => `${e.type} ${e.from} ${e.to}`)
      .sort(),
  };
};

describe('the text of an instrument adopted by a resolution', () => {
  it('A/RES/79/1 is the Pact for the Future', () => {
    const f = facts(RES('A/RES/79/1', '79/1', 'The Pact for the Future', '22 September 2024'));
    expect(f.resolutions).toEqual(['resolution:pact-for-the-future A/RES/79/1 outcome-document']);
    expect(f.themes).not.toContain('theme:the-pact-for-the-future');
    expect(f.edges).toEqual([
      'MANDATES resolution:pact-for-the-future organization:secretary-general',
      'MANDATES resolution:pact-for-the-future process:global-dialogue-ai',
      'PRODUCED organization:general-assembly document:a-res-79-1',
      'PRODUCED organization:general-assembly resolution:pact-for-the-future',
    ]);
  });
  it('A/RES/70/1 is the 2030 Agenda, its long title no theme', () => {
    const f = facts(
      RES(
        'A/RES/70/1',
        '70/1',
        'Transforming our world: the 2030 Agenda for Sustainable Development',
        '25 September 2015',
      ),
    );
    expect(f.resolutions).toEqual(['resolution:2030-agenda A/RES/70/1 outcome-document']);
    expect(f.themes).not.toContain(
      'theme:transforming-our-world-the-2030-agenda-for-sustainable-development',
    );
    expect(f.edges).not.toContain('REFERENCES document:a-res-70-1 resolution:2030-agenda');
  });
  // Negative: a resolution no instrument is adopted by keeps its own node and its title's theme.
  it('A/RES/98/5 stays itself', () => {
    const f = facts(
      RES(
        'A/RES/98/5',
        '98/5',
        'Information and communications technologies for development',
        '2 December 2098',
      ),
    );
    expect(f.resolutions).toEqual(['resolution:a-res-98-5 A/RES/98/5 resolution']);
    expect(f.themes).toContain('theme:information-and-communication-technologies-for-development');
    expect(f.edges).toContain('MANDATES resolution:a-res-98-5 organization:secretary-general');
  });
});
