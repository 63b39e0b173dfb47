import { describe, expect, it } from 'vitest';
import { sentences } from '../../../ingest/extract/sentences.ts';
import { segment } from '../../../ingest/segment/segment.ts';

const loc = (text: string, pageStarts?: number[]) => segment({ text, pageStarts }).map((p) => p.locator);

describe('segment: locators', () => {
  const cases: { name: string; text: string; expect: string[]; not?: string[] }[] = [
    {
      name: 'numbered paragraphs',
      text: '1. First paragraph of the report.\n\n2. Second paragraph follows here.',
      expect: ['para 1', 'para 2'],
    },
    {
      name: 'lettered items under a paragraph',
      text: '8. The issues were as follows:\n  - c) Safe and secure Internet\n  - d) Bridging digital divides.\n\n9. Next paragraph.',
      expect: ['para 8', 'para 8(c)', 'para 8(d)'],
    },
    {
      name: 'superscript footnote line',
      text: '4. Opened by the Chair¹ of the meeting.\n\n¹ Ms. Ana Example, Portugal.',
      expect: ['para 4', 'footnote 1'],
    },
    {
      name: 'TeX footnote line',
      text: '3. Text with a note.\n\n$^{\\rm 12}~$ Representatives from Peru.',
      expect: ['footnote 12'],
    },
    {
      name: 'HTML footnote line',
      text: '3. Text.<sup>1</sup>\n\n<sup>1</sup> Available online.',
      expect: ['footnote 1'],
    },
    {
      name: 'asterisk footnote',
      text: 'Report on the meeting*\n\n* This report has not been edited.',
      expect: ['footnote *'],
    },
    {
      name: 'a footnote whose marker was lost gets the free number',
      text: '⁶ Mr. A Person, Portugal\n\nMr. Jun Example, Professor, University of Somewhere.\n\n⁸ Ms. B Person, UNCTAD.',
      expect: ['footnote 6', 'footnote 7', 'footnote 8'],
    },
    {
      name: 'a quoted paragraph number is not a paragraph of the report',
      text: '1. The resolution reads as follows:\n\n“64. We acknowledge the progress made so far in the process.”\n\n2. Next paragraph.',
      expect: ['para 1', 'para 2'],
      not: ['para 64'],
    },
    {
      name: 'fallback line numbers',
      text: 'Some running text without numbers.\n\nMore text here, also plain.',
      expect: ['line 1', 'line 3'],
    },
    { name: 'PDF pages', text: 'Text on page one.\n\nText on page two.', expect: ['page 1', 'page 2'] },
  ];
  for (const c of cases)
    it(c.name, () => {
      const got = c.name === 'PDF pages' ? loc(c.text, [0, 19]) : loc(c.text);
      for (const e of c.expect) expect(got).toContain(e);
      for (const n of c.not ?? []) expect(got).not.toContain(n);
    });

  it('slides in a presentation', () => {
    const bullets = Array.from({ length: 9 }, (_, i) => `• point ${i}`).join('\n\n');
    const got = loc(` First slide title \n\n${bullets}\n\n Second slide title \n\n• last point`);
    expect(got).toContain('slide 1');
    expect(got).toContain('slide 2');
  });

  it('keeps offsets into the text and links body markers to footnotes', () => {
    const text = '1. The first panellist⁷ spoke.\n\n⁷ Mr. Jun Example, China.';
    const ps = segment({ text });
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
    const para = ps.find((p) => p.locator === 'para 1')!;
    expect(para.footnoteRefs?.map((r) => r.marker)).toEqual(['7']);
    expect(ps.find((p) => p.locator === 'footnote 7')?.text).toBe('Mr. Jun Example, China.');
  });
});

// Text taken out of a PDF breaks a paragraph's sentence over a blank line (Tunis Agenda ¶71, ¶74).
describe('segment: a paragraph broken over a blank line', () => {
  const passages = (text: string) => segment({ text }).map((p) => ({ locator: p.locator, text: p.text }));
  const cases: [name: string, text: string, joined: string[], apart: string[]][] = [
    [
      'a sentence going on in lower case',
      '73. The Forum will meet.\n\n74. We encourage\n\nthe UN Secretary-General to examine options.\n\n75. The Secretary-General would report.',
      ['74. We encourage\n\nthe UN Secretary-General to examine options.'],
      [],
    ],
    [
      'a word hyphenated across the break',
      '70. Text.\n\n71. The process, to be started by the UN Secretary-\n\nGeneral, involving all organizations.\n\n72. More.',
      ['71. The process, to be started by the UN Secretary-\n\nGeneral, involving all organizations.'],
      [],
    ],
    [
      'a finished sentence is not joined to the next block',
      '1. The meeting opened.\n\nthe next block starts in lower case.\n\n2. Next.',
      ['1. The meeting opened.'],
      ['1. The meeting opened.\n\nthe next block starts in lower case.'],
    ],
    [
      'unnumbered running text (a meeting page) goes on too',
      'Fourth meeting\n\nThe meeting was opened by the Director of\n\nthe Division on Technology and Logistics.',
      ['The meeting was opened by the Director of\n\nthe Division on Technology and Logistics.'],
      [],
    ],
    [
      'a heading after an unfinished line is not joined',
      '1. The items were\n\nAnnex\n\n2. Next.',
      ['1. The items were'],
      [],
    ],
  ];
  for (const [name, text, joined, apart] of cases)
    it(name, () => {
      const got = passages(text).map((p) => p.text);
      for (const j of joined) expect(got).toContain(j);
      for (const a of apart) expect(got).not.toContain(a);
    });
  it('the joined paragraph keeps its locator and reads as one sentence', () => {
    const p = segment({
      text: '73. A.\n\n74. We encourage\n\nthe UN Secretary-General to examine options.\n\n75. B.',
    });
    const joined = p.find((x) => x.text.startsWith('74.'))!;
    expect(joined.locator).toBe('para 74');
    expect(sentences(joined).some((s) => s.text.includes('We encourage\n\nthe UN Secretary-General'))).toBe(
      true,
    );
  });
});

// A masthead's body name wrapped after a comma onto a short capitalised line (an ESCAP committee document:
// "Committee on Information and Communications Technology," over " Science, Technology and Innovation") is
// one passage; a title line ending on a comma over a person's name, or prose, stays apart. Texts are invented.
describe('segment: a body name wrapped after a comma', () => {
  const texts = (text: string) => segment({ text }).map((p) => text.slice(p.start, p.end).trim());
  const cases: { name: string; text: string; expect: string[] }[] = [
    {
      name: 'a committee name over two lines',
      text: 'Sample Commission for Asia\nCommittee on Sample Statistics,\n Science and Innovation\n\nThird session',
      expect: [
        'Sample Commission for Asia',
        'Committee on Sample Statistics,\n Science and Innovation',
        'Third session',
      ],
    },
    {
      name: 'a report title over its holder’s name',
      text: 'Report of the Special Rapporteur on sample rights,\nJane Roe\n\nNote by the Secretariat',
      expect: ['Report of the Special Rapporteur on sample rights,', 'Jane Roe', 'Note by the Secretariat'],
    },
  ];
  for (const c of cases) it(c.name, () => expect(texts(c.text)).toEqual(c.expect));
});
