// Masthead lines that title nothing in Human Rights Council documents (q94): the agenda items' names under
// "Agenda items 2 and 3" (title-agenda-items.ts), a catalogue's record over the text ("Document Type: Final
// Report", "Session: …", "Topic: …", title-labels.ts), and a page's headline naming the report and its own
// symbol in brackets (document-headline-symbol.ts): that symbol is the document's, not one it cites.
// Mastheads invented in the reports' layout.

import { describe, expect, it } from 'vitest';
import { headlineSymbols } from '../../../ingest/extract/rules/document-headline-symbol.ts';
import { agendaItemName } from '../../../ingest/extract/rules/title-agenda-items.ts';
import { extractText, hasEdge } from './helpers.ts';

describe('agenda items named under an "Agenda item" line', () => {
  const CASES: [lines: string[], k: number, want: boolean][] = [
    [['Ninetieth session', 'Agenda items 2 and 3', 'Annual report of the Sample Commissioner'], 2, true],
    [['Agenda item 3', 'Promotion of all sample rights,', 'including the right to samples'], 2, true],
    // A line opening with the document's kind ends the items' names: the title may follow.
    [
      ['Agenda item 3', 'Promotion of all sample rights', 'Report of the Special Rapporteur on samples'],
      2,
      false,
    ],
    [['Agenda item 3', 'Report of the Special Rapporteur on samples', 'and sample rights'], 2, false],
    // No agenda line above: any line may title.
    [['Ninetieth session', 'Annual report of the Sample Commissioner'], 1, false],
  ];
  it.each(CASES)('%j line %i', (lines, k, want) => expect(agendaItemName(lines, k)).toBe(want));

  it('a report masthead kept as one block is not titled by its agenda item', () => {
    const text = [
      'World + 7 more',
      '',
      'Sample shutdowns',
      '',
      '',
      'Human Rights Council',
      'Ninetieth session',
      'Agenda items 2 and 3',
      'Annual report of the United Nations High Commissioner',
      'for Human Rights and reports of the Office of the',
      'High Commissioner and the Secretary-General',
      'Promotion and protection of all human rights,',
      'including the right to development',
      '',
      '',
      'In the present report, the Office provides an overview of sample shutdowns.',
    ].join('\n');
    const doc = extractText(text, 'sample-report.txt').nodes.find((n) => n.type === 'Document')!;
    expect(doc.properties.title ?? '').not.toMatch(/^Annual report/);
  });
});

describe("a catalogue's record over the text", () => {
  it('is no title', () => {
    const text = [
      '90/29 The right to sample privacy in the digital age - Report of the United Nations High Commissioner for Human Rights',
      'Document Type: Final Report',
      'Date: 2098 Aug',
      'Session: 90th Regular Session (2098 Sep)',
      'Agenda Item: Item2: Annual report of the Sample Commissioner and reports of the Office, Item3: Promotion of all sample rights',
      '- Main sponsors10',
    ].join('\n');
    const doc = extractText(text, 'catalogue.txt').nodes.find((n) => n.type === 'Document')!;
    expect(doc.properties.title).not.toMatch(/^(?:Document Type|Date|Session|Topic):/);
  });
});

describe("a page's headline giving the report's own symbol", () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'World\n\nSample shutdowns: trends and impacts - Report of the Office of the Sample Commissioner (A/HRC/90/55) [EN/AR/RU/ZH]\n\nSample text.',
      ['A/HRC/90/55'],
    ],
    ['Note by the Secretary-General on sample matters (A/99/123)\n\nText.', ['A/99/123']],
    // Negative: a resolution in brackets is the instrument reported on; a symbol in a sentence cites another;
    // a headline further down is not the page's.
    ['Report of the Sample Commissioner on resolution 90/16 (A/HRC/RES/90/16)\n\nText.', []],
    ['The Office refers to the report of the Sample Commissioner (A/HRC/90/55) in its work.', []],
    ['One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nReport of the Sample Office (A/HRC/90/55)', []],
    // A list item links another document, as does a line under "see:".
    ['Sample news\n- Report of the Secretary-General on sample matters (A/99/77)\n', []],
    [
      'Sample news\nFor more information, see:\nReport of the Secretary-General on sample matters (A/99/77)\n',
      [],
    ],
  ];
  it.each(CASES)('%s', (text, want) => expect(headlineSymbols(text)).toEqual(want));

  it('is the document itself, the author producing it, and no reference to itself', () => {
    const text = [
      'World',
      '',
      'Sample shutdowns: trends and impacts - Report of the Office of the United Nations High Commissioner for Human Rights (A/HRC/90/55) [EN/AR/RU/ZH]',
      '',
      'In the present report, submitted pursuant to Human Rights Council resolution 89/16, the Office provides an overview.',
    ].join('\n');
    const g = extractText(text, 'sample-shutdowns.txt');
    expect(g.nodes.filter((n) => n.type === 'Document').map((n) => n.id)).toEqual(['document:a-hrc-90-55']);
    expect(hasEdge(g, 'PRODUCED', 'organization:ohchr', 'document:a-hrc-90-55')).toBe(true);
    expect(hasEdge(g, 'REFERENCES', 'document:a-hrc-90-55', 'document:a-hrc-90-55')).toBe(false);
    // Titled by the headline up to the bracketed symbol.
    expect(g.nodes.find((n) => n.type === 'Document')!.properties.title).toBe(
      'Sample shutdowns: trends and impacts - Report of the Office of the United Nations High Commissioner for Human Rights',
    );
  });
});
