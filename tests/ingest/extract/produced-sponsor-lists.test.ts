// A draft resolution's sponsors, listed before ": draft resolution" in its masthead (A/HRC/47/L.22, a Main
// Committee's A/C.2/…/L.…), each PRODUCED the draft (produced-sponsors.ts, q94): only the run of Member States
// joined by commas, asterisks and "and" right before the colon, and only in a draft (an "/L." symbol).
// Mastheads invented in that layout.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const sponsors = (text: string, file = 'draft.txt'): string[] =>
  extractText(text, file)
    .edges.filter((e) => e.type === 'PRODUCED' && e.to.startsWith('document:'))
    .map((e) => e.from)
    .sort();

const draft = (symbol: string, list: string) =>
  `United Nations ${symbol} General Assembly Distr.: Limited 7 July 2098 Original: English Human Rights Council Ninety-seventh session Agenda item 3 Promotion and protection of all sample rights ${list}: draft resolution 97/… The promotion of sample rights The Human Rights Council, Guided by the Charter of the United Nations,`;

describe("a draft's sponsors", () => {
  const CASES: [text: string, want: string[]][] = [
    [
      draft(
        'A/HRC/97/L.22',
        'Albania,* Australia, Fiji, United Kingdom of Great Britain and Northern Ireland, United States of America* and Uruguay',
      ),
      [
        'organization:albania',
        'organization:australia',
        'organization:fiji',
        'organization:united-kingdom-of-great-britain-and-northern-ireland',
        'organization:united-states-of-america',
        'organization:uruguay',
      ],
    ],
    // The run stops at the agenda item's words: a State named in them is no sponsor.
    [
      draft('A/HRC/97/L.23', 'Brazil and Chile').replace('all sample rights', 'sample rights in Kenya'),
      ['organization:brazil', 'organization:chile'],
    ],
    // A State's bracketed form after its name.
    [
      draft(
        'A/HRC/97/L.25',
        'Bolivia (Plurinational State of),* Chile and Venezuela (Bolivarian Republic of)*',
      ),
      [
        'organization:bolivia-plurinational-state-of',
        'organization:chile',
        'organization:venezuela-bolivarian-republic-of',
      ],
    ],
    // The last sponsor's asterisk after the colon, as a PDF's copy gives it ("Zambia:* draft resolution", q111).
    [
      draft('A/HRC/97/L.26', 'Uganda,* Uruguay,* Zambia').replace(': draft', ':* draft'),
      ['organization:uganda', 'organization:uruguay', 'organization:zambia'],
    ],
    // Observer States among the sponsors (q117): read like Member States, the run goes on past them.
    [
      draft('A/HRC/97/L.27', 'Spain,* State of Palestine,* Switzerland,* Holy See and Uruguay'),
      [
        'organization:holy-see',
        'organization:spain',
        'organization:state-of-palestine',
        'organization:switzerland',
        'organization:uruguay',
      ],
    ],
    // A list broken into passages at a line end, as a PDF's copy gives it: one run still.
    [
      draft('A/HRC/97/L.29', 'Georgia,* Germany,\n\nGreece,* Haiti and Uruguay'),
      [
        'organization:georgia',
        'organization:germany',
        'organization:greece',
        'organization:haiti',
        'organization:uruguay',
      ],
    ],
    // A body the gazetteer knows that is no State still stops the run.
    [
      draft('A/HRC/97/L.28', 'Spain,* European Union,* Switzerland and Uruguay'),
      ['organization:switzerland', 'organization:uruguay'],
    ],
    // A revised draft's masthead.
    [
      draft('A/C.3/97/L.26/Rev.1', 'Switzerland and Uruguay').replace(': draft', ': revised draft'),
      ['organization:switzerland', 'organization:uruguay'],
    ],
    // Negative: other words after the colon.
    [draft('A/HRC/97/L.27', 'Uganda and Zambia').replace(': draft', ': a revised draft'), []],
    // Negative: not a draft's symbol.
    [draft('A/HRC/97/23', 'Brazil and Chile'), []],
    // Negative: one State alone before the colon.
    [draft('A/HRC/97/L.24', 'the people of Brazil'), []],
  ];
  it.each(CASES)('%s', (text, want) => expect(sponsors(text)).toEqual(want));

  // Each sponsor's quote names it: a draft's 50 sponsors run far past a quote's 300 characters.
  it('quotes each sponsor by name, with ": draft resolution" when both fit', () => {
    const names = [
      'Albania',
      'Argentina',
      'Australia',
      'Bosnia and Herzegovina',
      'Central African Republic',
      'Costa Rica',
      'Democratic Republic of the Congo',
      'Dominican Republic',
      'Saint Vincent and the Grenadines',
      'Trinidad and Tobago',
      'United Republic of Tanzania',
      'United Kingdom of Great Britain and Northern Ireland',
      'United States of America',
      'Uruguay',
    ];
    const list = `${names.slice(0, -1).join(',* ')} and ${names.at(-1)}`;
    expect(list.length).toBeGreaterThan(300);
    const edges = extractText(draft('A/HRC/97/L.26', list), 'draft.txt').edges.filter(
      (e) => e.type === 'PRODUCED' && e.to.startsWith('document:'),
    );
    expect(edges).toHaveLength(names.length);
    for (const name of names) {
      const id = `organization:${name.toLowerCase().replace(/ /g, '-')}`;
      const e = edges.find((x) => x.from === id);
      expect(e?.sources[0]?.quote, id).toContain(name);
    }
    expect(edges.find((e) => e.from === 'organization:uruguay')!.sources[0]!.quote).toMatch(
      /Uruguay: draft resolution/,
    );
  });
});

// The draft's title between ": draft resolution 97/…" and the preamble's "The Human Rights Council," on its flat
// masthead, under a site's header lines too (title-flat-masthead.ts, q94).
describe("a flat draft's title", () => {
  const title = (text: string) =>
    extractText(text, 'draft.txt').nodes.find((n) => n.type === 'Document')!.properties.title;
  it('under the sponsors', () =>
    expect(title(draft('A/HRC/97/L.22', 'Brazil and Chile'))).toBe('The promotion of sample rights'));
  it('under a header', () =>
    expect(
      title(
        `Sample site Distr.: Limited 7 July 2098\nTotal Page:16\n\n${draft('A/HRC/97/L.22', 'Brazil and Chile')}`,
      ),
    ).toBe('The promotion of sample rights'));
  // Negative: no preamble's body after it, no title read from the list.
  it('without the preamble', () =>
    expect(
      title(draft('A/HRC/97/L.22', 'Brazil and Chile').replace('The Human Rights Council,', 'Text')),
    ).not.toBe('The promotion of sample rights'));
});
