// Whose numbered session a regional commission's committee document is for (rules/session-body.ts): its
// masthead names the Commission, then the committee on the lines under it, then the session ("Economic and
// Social Commission for Asia and the Pacific" / "Committee on …" / "Third session"). The session is the
// committee's, named right above it; the Commission's own session is the one under its name alone. A
// committee's name wrapped after a comma onto a short capitalised line is one name (segment.ts). Mastheads
// are invented in the documents' layout.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const masthead = (bodyLines: string[], session: string, place: string) =>
  [
    'United Nations                                   ESCAP/CICTSTI/2099/4',
    '     Economic and Social Council                 Distr.: General',
    '                                                 3 June 2099',
    '',
    ...bodyLines,
    '',
    session,
    place,
    'Item 2 of the provisional agenda*',
    '',
    '      Sample connectivity note',
    '      Note by the secretariat',
  ].join('\n');

const sessions = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PART_OF' && e.from.startsWith('meeting:'))
    .map((e) => `${e.from} -> ${e.to}`)
    .sort();

describe('a committee named right above a session in a masthead', () => {
  const CASES: [name: string, text: string, want: string[]][] = [
    [
      'a committee the gazetteer knows, its name wrapped after a comma',
      masthead(
        [
          'Economic and Social Commission for Asia and the Pacific',
          'Committee on Information and Communications Technology,',
          ' Science, Technology and Innovation',
        ],
        'Fifth session',
        'Bangkok, 11 and 12 August 2099',
      ),
      ['meeting:escap-cictsti-5 -> organization:escap-cictsti'],
    ],
    [
      'a committee no rule names: the session is left out, not given to the Commission',
      masthead(
        ['Economic and Social Commission for Asia and the Pacific', 'Committee on Sample Statistics'],
        'Fifth session',
        'Bangkok, 11 and 12 August 2099',
      ),
      [],
    ],
    [
      'the Commission alone over its own session',
      masthead(
        ['Economic and Social Commission for Asia and the Pacific'],
        'Ninetieth session',
        'Bangkok, 2–5 May 2099',
      ),
      ['meeting:escap-90 -> organization:escap'],
    ],
  ];
  for (const [name, text, want] of CASES) it(name, () => expect(sessions(text)).toEqual(want));

  it('gives the committee session no PART_OF the Commission', () => {
    const g = extractText(CASES[0]![1]);
    expect(hasEdge(g, 'PART_OF', 'meeting:escap-5', 'organization:escap')).toBe(false);
    expect(g.nodes.some((n) => n.id === 'meeting:escap-5')).toBe(false);
  });
});

describe('no committee right above the session', () => {
  const CASES: [name: string, text: string, want: string[]][] = [
    [
      'a committee named above the Commission, not right above the session',
      masthead(
        ['Committee on Sample Statistics', 'Economic and Social Commission for Asia and the Pacific'],
        'Ninetieth session',
        'Bangkok, 2–5 May 2099',
      ),
      ['meeting:escap-90 -> organization:escap'],
    ],
    [
      'a Main Committee holds no sessions of its own',
      masthead(
        ['Economic and Social Commission for Asia and the Pacific', 'Second Committee'],
        'Ninetieth session',
        'Bangkok, 2–5 May 2099',
      ),
      ['meeting:escap-90 -> organization:escap'],
    ],
  ];
  for (const [name, text, want] of CASES) it(name, () => expect(sessions(text)).toEqual(want));
});
