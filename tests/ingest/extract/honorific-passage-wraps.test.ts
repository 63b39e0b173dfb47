// An honorific that ends a passage, the name opening the next (rules/people-wraps.ts): "… Ambassador of South
// Africa H.E." | "Baso Sangqu (Southern Africa), …" (an ACP press release copied from a PDF, its short lines read
// as passages). Invented names in the release's layout.

import { describe, expect, it } from 'vitest';
import { personNames } from './helpers.ts';

const HEAD =
  'Brussels, 12 March 2098\nThe Committee elected its Bureau.\nThe\nBureau is made up of one representative for each region. For the current term, these include: the Ambassador of\nDjibouti, H.E. Mr. Omar Sample (East Africa), Ambassador of Chad H.E. Mrs.\nAmma Sample (Central Africa), Ambassador of Lesotho H.E.\n';

const CASES: [text: string, want: string[]][] = [
  [
    `${HEAD}Baso Example (Southern Africa), Ambassador of Fiji H.E. Mr\nColin Example (Pacific).\n`,
    ['Amma Sample', 'Baso Example', 'Colin Example', 'Omar Sample'],
  ],
  // The next passage opens on no name.
  [`${HEAD}and the rest of the Bureau (Southern Africa).\n`, ['Amma Sample', 'Omar Sample']],
  // More than one line break between them: no wrap.
  [`${HEAD.replace('H.E.\n', 'H.E.\n\n')}Baso Example (Southern Africa).\n`, ['Amma Sample', 'Omar Sample']],
  // A written-out title ending a sentence is no honorific before the next passage.
  ['The delegation was received by the Ambassador\nThe Minister spoke on digital cooperation.\n', []],
];

describe('an honorific ending a passage names the person opening the next', () => {
  it.each(CASES)('%s', (text, want) => expect(personNames(text)).toEqual(want));
});
