// A list item titles nothing, nor do the lines under it (rules/document.ts lineOf): "- Tunis Agenda for the
// Information Society" under "For more information, see:" (a CSTD announcement of the 2012 meeting on
// enhanced cooperation); "- Working Group on … Second Meeting" in a page's list of related meetings, then
// its contacts ("Ms. Anne Miroux" over her post). Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string) => extractText(text).nodes.find((n) => n.type === 'Document')?.properties.title;

const CASES: [text: string, want: string | undefined][] = [
  [
    '3 March 2096\nThe Commission will hold an open meeting on example matters on 4 May 2096.\nFor more information, see:\n- Report of the Secretary-General on example matters (A/99/77)\n- Tunis Agenda for the Information Society\n',
    undefined,
  ],
  [
    'The Assembly adopted resolution 99/123 on example matters.\n\n\n- Example Working Group (EWG 2095) Second Meeting\n- First meeting of the Example Working Group\nMs. Jane Example\nDirector of the Example Division and Head of the Example Secretariat\n',
    undefined,
  ],
  // A heading line above the list still titles the page.
  [
    'Report on the example consultations\n- First item of the list\n\nThe consultations were held in Geneva.',
    'Report on the example consultations',
  ],
];

describe('a list item titles nothing', () => {
  it.each(CASES)('%#', (text, want) => {
    expect(title(text)).toBe(want);
  });
});

describe('a page number is no list item', () => {
  it('"- 2 –" over a masthead leaves its title', () => {
    expect(
      title(
        '- 2 –\nWSIS-II/PC-9/DOC/13-E\nOriginal: English\nReport on the work of Sub-Committee Z\n1. Subcommittee Z met four times.',
      ),
    ).toBe('Report on the work of Sub-Committee Z');
  });
});
