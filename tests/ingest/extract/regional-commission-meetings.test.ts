// ECLAC's ministerial conferences on the information society and the regional IGFs (q84: ECLAC, ESCWA, ECA,
// ESCAP and UNECE texts on regional Internet governance). A plural subject before "meeting" is a participle,
// not a gathering (meeting-name-guards.ts PARTICIPLE_MEETING); a region after a conference's topic is the name's
// (meeting-name-grammar.ts TOPIC); a run-on preamble ends the conference's words (preamble-clauses.ts); the
// regional forums and eLAC are processes of their own (seeds/gazetteer, meetings-regional-forums.ts knownForum,
// process-members.ts). Sentences are written for the test in the style of the genre.

import { describe, expect, it } from 'vitest';
import { preambleEnd } from '../../../ingest/extract/rules/preamble-clauses.ts';
import { extractText, meetingLines } from './helpers.ts';

const meetings = (text: string): string[] => meetingLines(extractText(text)).sort();

describe('a participle "meeting" after a plural subject', () => {
  it.each([
    [
      'We, the representatives of the Sample and Example countries meeting in the city of Lima from 6 to 8 May 2031, agree.',
      [],
    ],
    ['The Ministers meeting in Quito on 3 June 2031 adopted the text.', []],
    // Negative: a gathering named by its noun is still one.
    [
      'The expert group meeting on digital trade was held in Beirut on 25 and 26 October 2031.',
      ['meeting:expert-group-meeting-on-digital-trade-2031-10-25 2031-10-25 -'],
    ],
  ])('%s', (text, want) => {
    expect(meetings(text)).toEqual(want);
  });
});

describe('a conference on the information society in a region', () => {
  it('keeps the region in its name and is part of eLAC', () => {
    const g = extractText(
      'The Sixth Ministerial Conference on the Information Society in Latin America and the Caribbean was held in Cartagena on 18 to 20 April 2031.',
    );
    const m = g.nodes.find((n) => n.type === 'Meeting');
    expect(m?.name).toBe(
      'Sixth Ministerial Conference on the Information Society in Latin America and the Caribbean',
    );
    expect(g.edges.some((e) => e.type === 'PART_OF' && e.from === m?.id && e.to === 'process:elac')).toBe(
      true,
    );
  });
  it('an ordinal in lower case, its topic after the name read', () => {
    const g = extractText(
      'The seventh Ministerial Conference on the Information Society in Latin America and the Caribbean, held in Santiago from 5 to 7 May 2031, was opened by the host.',
    );
    const parts = g.edges.filter((e) => e.type === 'PART_OF' && e.to === 'process:elac');
    expect(parts).toHaveLength(1);
  });
  // Negative: a city after the topic is the place, not the name's.
  it('a city after the topic is no part of the name', () => {
    const g = extractText('A workshop on broadband policy in Geneva was held on 3 May 2031.');
    expect(g.nodes.filter((n) => n.type === 'Meeting').map((n) => n.name)).toEqual([
      'Workshop on broadband policy',
    ]);
  });
  // Negative: a conference on another topic is no step of eLAC.
  it('another topic', () => {
    const g = extractText(
      'The Third Ministerial Conference on Transport in Latin America was held on 3 May 2031.',
    );
    expect(g.edges.some((e) => e.to === 'process:elac')).toBe(false);
  });
});

describe('a preamble run into one line', () => {
  it.each([
    [
      'the Second Sample Conference in Latin America and the Caribbean, Reiterating the principles agreed in Geneva',
      true,
    ],
    ['the Sample Conference, Recalling the Declaration adopted in Tunis', true],
    // Negative: a participle in lower case, or a capitalised word that is no preambular opener.
    ['the Sample Conference, recalling the Declaration adopted in Tunis', false],
    ['the Sample Conference, Concerned Citizens attended', false],
  ])('%s → ends at the comma: %s', (text, ends) => {
    expect(preambleEnd(text, 0, text.length)).toBe(ends ? text.indexOf(',') + 1 : text.length);
  });
  it('dates the conference, not the Summit recalled after it', () => {
    const text =
      'We, the representatives meeting from 6 to 8 May 2031 at the Ninth Sample Conference on the Information Society in Latin America and the Caribbean, Reiterating the principles of the World Summit on the Information Society, held in Geneva in December 2003, agree.';
    expect(meetings(text).some((l) => l.includes('2003'))).toBe(false);
  });
});

describe('regional IGFs are processes of their own', () => {
  it.each([
    [
      'The third Sample African Internet Governance Forum was held in Abuja, Nigeria, from 10 to 12 July 2031.',
      '-',
    ],
    [
      'The fourth African Internet Governance Forum was held in Addis Ababa from 10 to 12 July 2031.',
      'process:african-igf',
    ],
    [
      'The 16th Latin American and Caribbean Internet Governance Forum held in Bogota, Colombia, on 4 and 5 December 2031 closed.',
      'process:lacigf',
    ],
  ])('%s → %s', (text, part) => {
    const lines = meetings(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith(` ${part}`)).toBe(true);
  });
  it('"the Arab IGF" is not the IGF', () => {
    const g = extractText('ESCWA and the League of Arab States support the Arab IGF process.');
    expect(g.nodes.some((n) => n.id === 'process:arab-igf')).toBe(true);
    expect(g.nodes.some((n) => n.id === 'process:igf')).toBe(false);
  });
});

describe('a known process claims the theme its name holds', () => {
  const themes = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'ADDRESSES' && e.from === 'process:igf')
      .map((e) => e.to);
  it('even where the theme is named only inside another process', () => {
    expect(
      themes(
        'The Internet Governance Forum held sessions at the European Dialogue on Internet Governance in June 2031.',
      ),
    ).toEqual(['theme:internet-governance']);
  });
  // Negative: an acronym names the process but not its theme (theme-links.ts quotes the words that hold it).
  it('not where only its acronym is written', () => {
    expect(
      themes('The IGF held sessions at the European Dialogue on Internet Governance in June 2031.'),
    ).toEqual([]);
  });
  // Negative: nothing its name does not hold.
  it('only its own', () => {
    expect(themes('The Internet Governance Forum discussed cybersecurity and data protection.')).toEqual([
      'theme:internet-governance',
    ]);
  });
});
