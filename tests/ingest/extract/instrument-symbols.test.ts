// An instrument adopted as a resolution is one node (seeds/gazetteer "symbol", rules/symbols.ts): "resolution
// 70/1" is the 2030 Agenda for Sustainable Development, "resolution 79/1" the Pact for the Future; another
// number, a decision with that number, or a document symbol is not.

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../ingest/gazetteer/load.ts';
import { extractText, hasNode } from './helpers.ts';

describe('instruments by the symbol of their resolution', () => {
  // [text, node ids present, node ids absent]
  const CASES: [string, string[], string[]][] = [
    [
      'Reaffirming its resolution 70/1 of 25 September 2015, entitled "Transforming our world", and the 2030 Agenda for Sustainable Development,',
      ['resolution:2030-agenda'],
      ['resolution:a-res-70-1'],
    ],
    [
      'The delegates recalled A/RES/79/1 at length.',
      ['resolution:pact-for-the-future'],
      ['resolution:a-res-79-1'],
    ],
    // Negative: another number, a decision, a document symbol.
    [
      'Recalling its resolution 70/10 of 2 March 2016,',
      ['resolution:a-res-70-10'],
      ['resolution:2030-agenda'],
    ],
    ['Recalling its decision 70/1,', ['resolution:a-dec-70-1'], ['resolution:2030-agenda']],
    ['See the report A/70/1 of the Secretary-General.', ['document:a-70-1'], ['resolution:2030-agenda']],
  ];
  for (const [text, present, absent] of CASES)
    it(text.slice(0, 70), () => {
      const g = extractText(text);
      for (const id of present) expect(hasNode(g, id)).toBe(true);
      for (const id of absent) expect(hasNode(g, id)).toBe(false);
    });

  it('the node keeps the symbol and the adoption date the citation gives', () => {
    const g = extractText('Reaffirming its resolution 70/1 of 25 September 2015,');
    const n = g.nodes.find((x) => x.id === 'resolution:2030-agenda');
    expect(n?.name).toBe('2030 Agenda for Sustainable Development');
    expect(n?.properties).toMatchObject({ symbol: 'A/RES/70/1', adoptedOn: '2015-09-25' });
  });

  it('the gazetteer reads the symbol of an entry', () => {
    const e = loadGazetteer().entries.find((x) => x.id === 'resolution:2030-agenda');
    expect(e?.symbol).toBe('A/RES/70/1');
  });
});
