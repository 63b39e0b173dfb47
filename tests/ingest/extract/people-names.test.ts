import { describe, expect, it } from 'vitest';
import { extractCorpusSerial } from '../../../ingest/extract/extract-corpus.ts';
import { docFromText, extractText } from './helpers.ts';

const people = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => n.id)
    .sort();

describe('names with particles', () => {
  const cases: [string, string[], string[]][] = [
    [
      'The session was opened by Ms. Lynn St. Amour, who spoke first.',
      ['person:lynn-st-amour'],
      ['person:lynn-st'],
    ],
    ['Mr. Ali al-Hussein of Jordan spoke.', ['person:ali-al-hussein'], ['person:ali']],
    ['Dr. Jean d’Alembert attended.', ['person:jean-d-alembert'], ['person:jean']],
    ['Mr. Ludwig van Beethoven attended.', ['person:ludwig-van-beethoven'], []],
    [
      'Ana Cristina das Neves was there, as was Ms. Ana Cristina das Neves.',
      ['person:ana-cristina-das-neves'],
      [],
    ],
    // A particle not followed by a capitalised word is not part of the name.
    ['Mr. Peter Major de facto chaired.', ['person:peter-major'], ['person:peter-major-de']],
    ['Mr. John St. was cut short.', ['person:john-st'], ['person:john-st-was']],
    // The title on the line under a name is not part of it.
    [
      'Ms. Padmashree Gehl Sampath\nChief, Science and Technology Section',
      ['person:padmashree-gehl-sampath'],
      ['person:padmashree-gehl-sampath-chief'],
    ],
    [
      'Mr. George Tebagana\nCounsellor, Permanent Mission of Uganda',
      ['person:george-tebagana'],
      ['person:george-tebagana-counsellor'],
    ],
  ];
  for (const [text, want, not] of cases)
    it(text, () => {
      const got = people(text);
      for (const id of want) expect(got).toContain(id);
      for (const id of not) expect(got).not.toContain(id);
    });
});

describe('the more specific honorific is kept', () => {
  const honorific = (texts: string[], id: string) => {
    const r = extractCorpusSerial(texts.map((t, i) => docFromText(`doc-${i}.txt`, t)));
    const values = [...r.perDocument.values()].flatMap((g) =>
      g.nodes.filter((n) => n.id === id).map((n) => n.properties.honorific),
    );
    return [...new Set(values)];
  };
  const cases: [string[], string][] = [
    [['Mr. Benedicto Fonseca Filho opened.', 'Ambassador Benedicto Fonseca Filho closed.'], 'Ambassador'],
    [['Ambassador Benedicto Fonseca Filho closed.', 'Mr. Benedicto Fonseca Filho opened.'], 'Ambassador'],
    [['Mr. Omid Maghazei spoke. Later Professor Omid Maghazei answered.'], 'Professor'],
    [['Mr. Omid Maghazei spoke.', 'Mr. Omid Maghazei answered.'], 'Mr.'],
  ];
  for (const [texts, want] of cases)
    it(texts.join(' | '), () => {
      const id = texts[0]!.includes('Fonseca') ? 'person:benedicto-fonseca-filho' : 'person:omid-maghazei';
      expect(honorific(texts, id)).toEqual([want]);
    });
});

describe('an initial set against the surname', () => {
  const cases: [string, string[], string[]][] = [
    // No space after the initial's full stop, no full stop after the honorific.
    ['The session was chaired by Prof K.Ostrova (Bulgaria).', ['person:k-ostrova'], ['person:ostrova']],
    ['Opening remarks were given by Mr T.Wendt, Director of the Bureau.', ['person:t-wendt'], []],
    ['Dr. R.Alvarez attended.', ['person:r-alvarez'], []],
    // Two initials, or an initial and a lower-case word, are no name.
    ['The delegation of Mr A.B. spoke next.', [], ['person:a-b']],
    ['The Prof V.also spoke.', [], ['person:v-also']],
    // A full first name still reads as before.
    ['Ms. Karin Ostrova (Bulgaria) chaired.', ['person:karin-ostrova'], []],
  ];
  for (const [text, present, absent] of cases)
    it(text, () => {
      const got = people(text);
      for (const id of present) expect(got).toContain(id);
      for (const id of absent) expect(got).not.toContain(id);
    });
});
