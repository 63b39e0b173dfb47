// A letter's addressee blocks ("His Excellency, Name" over a post line, "Ms Name" over a post) sit above
// its salutation: the post line is no title of the letter (rules/letter-salutation.ts), and the name after
// the style and its comma is a Person holding that post (rules/people-addressees.ts). Invented letters.

import { describe, expect, it } from 'vitest';
import { addresseeBlock } from '../../../ingest/extract/rules/letter-salutation.ts';
import { extractText, hasEdge } from './helpers.ts';

const LETTER = (head: string) =>
  `${head}\n\nMarch 3, 2098\n\nYour Excellency,\n\nWe write on behalf of many civil society groups about the Example Charter.\n\nWe have engaged with the consultations from the start.\n`;

describe('letter addressee blocks', () => {
  it.each([
    ['His Excellency, Jan Example\nSecretary-General, United Nations', true],
    ['Her Excellency, Ana María Sample\nPresident of the 99th General Assembly', true],
    ['Ms Eva Sample\nOfficer-In-Charge. Office of the Example Envoy', true],
    ['H.E. Mr. Jon Sample\nMinister of Example Affairs', true],
    // Negative: a title over a subtitle, a name without a post line.
    ['Schedule of Informal Consultations\non the Example Charter', false],
    ['His Excellency, Jan Example', false],
  ])('%s', (text, is) => expect(addresseeBlock(text)).toBe(is));

  const titleOf = (text: string, file: string) =>
    extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.name;

  it('takes no addressee post line as the title', () => {
    const head =
      'His Excellency, Jan Example\nSecretary-General, United Nations\n\nCopies to:\n\nHer Excellency, Ana Sample\nPresident of the 99th General Assembly';
    expect(titleOf(LETTER(head), 'addressed.txt')).toBe('addressed.txt');
  });
  it('still takes a heading above the addressee', () => {
    const head =
      'Open Letter on the Example Charter\n\nHis Excellency, Jan Example\nSecretary-General, United Nations';
    expect(titleOf(LETTER(head), 'open-letter.txt')).toBe('Open Letter on the Example Charter');
  });

  const dateOf = (text: string, file: string) =>
    extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
      .date;
  it('dates the letter by its month-first date line above the salutation', () => {
    expect(
      dateOf(LETTER('His Excellency, Jan Example\nSecretary-General, United Nations'), 'dated.txt'),
    ).toBe('2098-03-03');
  });
  it('takes no lone month-first line as the date of a text with no salutation', () => {
    const text =
      'Example Dialogue on Digital Trust\n\nMarch 3, 2098\n\nThe dialogue brought together many groups.\n';
    expect(dateOf(text, 'event.txt')).toBeUndefined();
  });

  it('reads the addressee after the style and its comma, with the post below', () => {
    const g = extractText(
      LETTER('His Excellency, Ana Sample\nPresident of the 99th General Assembly'),
      'to-president.txt',
    );
    const p = g.nodes.find((n) => n.id === 'person:ana-sample');
    expect(p?.properties.honorific).toBe('H.E.');
    expect(hasEdge(g, 'AFFILIATED_WITH', 'person:ana-sample', 'organization:general-assembly')).toBe(true);
  });
  it.each([
    // Negative: the style in a sentence, or a name with no post line under it.
    'We thank His Excellency, Ana Sample for her letter.\n\nThe meeting was held on 5 March.',
    'His Excellency, Ana Sample\n\nThe meeting was held on 5 March.',
  ])('no addressee in: %s', (text) => {
    expect(extractText(text).nodes.some((n) => n.id === 'person:ana-sample')).toBe(false);
  });
});
