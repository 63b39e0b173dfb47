import { describe, expect, it } from 'vitest';
import { mayStartName } from '../../../ingest/extract/rules/first-words.ts';
import { localNames } from '../../../ingest/extract/rules/local-names.ts';
import { loadGazetteer, makeGazetteer } from '../../../ingest/gazetteer/load.ts';
import type { GazetteerEntry } from '../../../ingest/gazetteer/types.ts';

const org = (name: string): GazetteerEntry => ({
  id: `organization:${name}`,
  type: 'Organization',
  name,
  aliases: [],
});

describe('localNames matches as a gazetteer of the same entries', () => {
  const entries = [
    org('Atlantic Research Centre'),
    org('the Ecole Polytechnique Foundation'),
    org('Bennett Institute'),
  ];
  const texts = [
    'Experts of the Atlantic Research Centre met.',
    'ATLANTIC RESEARCH CENTRE',
    'atlantic research centre',
    'Staff of the École Polytechnique Foundation spoke.',
    'the Ecole Polytechnique Foundation',
    'A passage about nothing of the kind.',
    'Bennett  Institute, Bennett-Institute',
    'Ｂennett Institute',
    '',
  ];
  for (const text of texts)
    it(JSON.stringify(text), () => {
      expect(localNames(entries).match(text)).toEqual(makeGazetteer(entries).match(text));
    });

  it('matches every text when a first word holds other characters', () => {
    const odd = [org("Côte d'Ivoire Institute"), org('WSIS+10 Fund')];
    for (const text of ["the Cote d'Ivoire Institute", 'a WSIS+ 10 Fund', 'nothing'])
      expect(localNames(odd).match(text)).toEqual(makeGazetteer(odd).match(text));
  });
});

describe('mayStartName: false only where no name of the type starts the text', () => {
  const g = loadGazetteer();
  const texts = [
    'United Nations Conference on Trade and Development',
    'Secretary-General of the United Nations',
    'the International Telecommunication Union',
    'International Telecommunication Union',
    'Quickly the meeting',
    ' leading space',
    'Économie',
    '',
  ];
  for (const text of texts)
    it(JSON.stringify(text), () => {
      const starts = g.matchType(text, 'Organization')[0]?.start === 0;
      if (starts) expect(mayStartName(g, 'Organization', text)).toBe(true);
      if (!mayStartName(g, 'Organization', text)) expect(starts).toBe(false);
    });

  it('rules out a plain word no organisation starts with', () => {
    expect(mayStartName(g, 'Organization', 'Quickly the meeting')).toBe(false);
    expect(mayStartName(g, 'Organization', 'United Nations')).toBe(true);
  });
});
