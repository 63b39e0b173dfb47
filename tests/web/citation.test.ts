import { describe, expect, it } from 'vitest';
import { citationUrl, displayQuote, documentLabel, formatCitation } from '../../web/src/citation.ts';
import { decodeState } from '../../web/src/url-state.ts';

const source = {
  document: 'document:e-cn-16-2018-crp-3',
  documentLabel: 'E/CN.16/2018/CRP.3',
  locator: 'para 2',
  quote: 'Ambassador Benedicto Fonseca Filho, from Brazil,\n  was elected Chair',
};

describe('citations', () => {
  it('formats a reference a journalist can paste', () => {
    const c = formatCitation(source, 'http://localhost:4000/');
    expect(c).toMatch(
      /^“Ambassador Benedicto Fonseca Filho, from Brazil, was elected Chair” — E\/CN\.16\/2018\/CRP\.3, para 2 \(IG Atlas, http:\/\/localhost:4000\/\?view=document&.+\)$/,
    );
  });

  it('links to the reader at the quote and locator', () => {
    const url = new URL(citationUrl('http://h:1', source));
    expect(decodeState(url.search)).toEqual({
      view: 'document',
      id: source.document,
      quote: source.quote,
      loc: 'para 2',
    });
  });

  it.each([
    ['presentation.<sup>1</sup> Mr. Major nominated', 'presentation. Mr. Major nominated'],
    ['a <em>stated</em>\n aim', 'a stated aim'],
    ['no markup, 3 < 4', 'no markup, 3 < 4'],
    ['### **Working Group (2016–2018) Second Meeting**', 'Working Group (2016–2018) Second Meeting'],
    ['para #3 is **not** a heading', 'para #3 is not a heading'],
    // A list item's bullet, and a quotation mark the quote opens without closing (the page adds its own).
    [
      '• “invites the Chair of CSTD to establish a working group;',
      'invites the Chair of CSTD to establish a working group;',
    ],
    ['- b) Taking into consideration the work', 'b) Taking into consideration the work'],
    ['* A/67/50.', 'A/67/50.'],
    ['to “fully implement” this mandate', 'to “fully implement” this mandate'],
    ['“fully implement” this mandate', '“fully implement” this mandate'],
    ['this mandate,” he said', 'this mandate,” he said'],
    ['to implement this mandate;”', 'to implement this mandate;'],
    ['-3 degrees is not a bullet', '-3 degrees is not a bullet'],
  ])('shows quote %j without markup', (quote, expected) => {
    expect(displayQuote(quote)).toBe(expected);
  });

  it.each([
    [{ document: 'document:abc', documentLabel: 'A/RES/70/125' }, 'A/RES/70/125'],
    [{ document: 'document:abc', documentLabel: '  ' }, 'abc'],
    [{ document: 'document:abc', documentLabel: null }, 'abc'],
    [{ document: 'document:abc' }, 'abc'],
  ])('labels the document %#', (s, expected) => {
    expect(documentLabel(s)).toBe(expected);
  });
});
