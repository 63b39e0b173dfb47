// The words that join the capitalised words of one group's name (rules/working-group-names.ts): "in the"
// and "of" ("Group of Governmental Experts on Developments in the Field of Information and
// Telecommunications in the Context of International Security", A/70/174), a name wrapped over lines
// being one name; "of the" names the body the group belongs to. A name cut by the end of its passage
// ("… on Developments in the" over "Field of …", a heading split over lines) or going on with "on the"
// ("the Council Working Group on World Summit on the Information Society") cannot be told where it ends:
// it is left out. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.name.replace(/ \(\d{4}–\d{4}\)$/, ''))
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    '"in the" and "of"',
    'The Group of Governmental Experts on Widgets in the Field of Gears and Springs in the Context of Clocks met in Geneva on 3 May 2099.',
    ['Group of Governmental Experts on Widgets in the Field of Gears and Springs in the Context of Clocks'],
  ],
  [
    'a name wrapped over lines',
    'Distr.: General\n\n22 July 2099\n\nNote by the Secretary-General\n\nThe Secretary-General has the honour to transmit herewith the report of the\nGroup of Governmental Experts on Widgets in the Field of Gears and\nSprings in the Context of Clocks. The Group met\nin Geneva on 3 May 2099.',
    ['Group of Governmental Experts on Widgets in the Field of Gears and Springs in the Context of Clocks'],
  ],
  // Negatives.
  [
    '"of the" names the body',
    'The Working Group on Enhanced Widgets of the Commission on Gears met in Geneva on 3 May 2099.',
    ['Working Group on Enhanced Widgets'],
  ],
  [
    'a heading cut inside the name',
    'Group of Governmental Experts on Widgets in the\n\n\nField of Gears\n\n22 July 2099\n\nThe report was issued on 22 July 2099.',
    [],
  ],
  [
    'a name going on with "on the"',
    'Widget Council\n28 October 2099\n\nIt is part of the Council\nWorking Group on World Summit on the Widget Society;\n\nAdopted on 3 May 2099.',
    [],
  ],
];

describe('the words of a group name', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(groups(text)).toEqual(want);
  });
});
