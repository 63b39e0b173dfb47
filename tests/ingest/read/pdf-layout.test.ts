// Layout rules on hand-made text runs (A4, body text from x=56 to x≈539).

import { describe, expect, it } from 'vitest';
import { layoutPages } from '../../../ingest/pdf/pdf-layout.ts';
import type { TextRun } from '../../../ingest/pdf/pdf-lines.ts';

const CHAR = 6; // Courier 10 pt
const run = (str: string, x: number, y: number, size = 10, hasEOL = true): TextRun => ({
  str,
  x,
  y,
  width: str.length * CHAR * (size / 10),
  size,
  hasEOL,
});
/** One run per line, 12.5 pt apart, starting at the top. */
const lines = (...texts: string[]) => texts.map((t, i) => run(t, 56, 780 - 12.5 * i));
const FULL = 'x'.repeat(78); // 468 pt wide: spans most of the page

describe('layoutPages', () => {
  it.each([
    [
      'short lines stay lines',
      lines('Twenty-first session', 'Geneva, 14–18 May 2018'),
      'Twenty-first session\nGeneva, 14–18 May 2018\n',
    ],
    [
      'a wrapped line is joined to the next',
      lines(`${FULL} aaaa`, 'bbbbbbbbbbbb end.'),
      `${FULL} aaaa bbbbbbbbbbbb end.\n`,
    ],
    [
      'a long line whose successor would have fitted is not joined',
      [...lines(`${'y'.repeat(60)} end.`, 'Next'), run(FULL, 56, 700)],
      `${'y'.repeat(60)} end.\nNext\n\n${FULL}\n`,
    ],
    [
      'a numbered paragraph starts a new line',
      lines(`${FULL} aaaa`, '2. The panel'),
      `${FULL} aaaa\n2. The panel\n`,
    ],
    [
      'a hyphen at a wrap joins the word',
      lines(`${FULL} well-`, 'known facts'),
      `${FULL} well-known facts\n`,
    ],
    [
      'a vertical gap is a blank line',
      [run('First.', 56, 780), run('Second.', 56, 740)],
      'First.\n\nSecond.\n',
    ],
    [
      'runs on one baseline join, with a space where there is a gap',
      [run('Mr.', 56, 780, 10, false), run('Peter', 80, 780)],
      'Mr. Peter\n',
    ],
    [
      'a raised small number after text is a marker',
      [run('panellist', 56, 780, 10, false), run('7', 110, 784, 6, false), run(' said', 113.6, 780)],
      'panellist^{7} said\n',
    ],
    [
      'a raised small number before text starts a footnote',
      [run('7', 56, 784, 6, false), run(' Ms. Doreen Bogdan-Martin', 59.6, 780)],
      '^{7} Ms. Doreen Bogdan-Martin\n',
    ],
    [
      'a raised word is text, not a marker',
      [run('the 18', 56, 780, 10, false), run('th', 92, 784, 6, false), run(' IGF', 99.2, 780)],
      'the 18th IGF\n',
    ],
  ])('%s', (_, runs, text) => {
    expect(layoutPages([runs]).text).toBe(text);
  });

  it('separates pages with a blank line and records their starts', () => {
    const out = layoutPages([lines('Page one.'), [], lines('Page three.')]);
    expect(out.text).toBe('Page one.\n\nPage three.\n');
    expect(out.pageStarts).toEqual([0, 11, 11]);
  });

  it('joins a paragraph that runs on to the next page', () => {
    const out = layoutPages([lines('1. Intro.', `${FULL} aaaa`), lines('continues here.')]);
    expect(out.text).toBe(`1. Intro.\n${FULL} aaaa continues here.\n`);
    expect(out.text.slice(out.pageStarts[1])).toBe('continues here.\n');
  });

  it('drops running heads, feet and page numbers after the first page, and rejoins the paragraph', () => {
    const page = (n: number, body: string[]) => [
      run('A/70/125', 56, 800),
      ...lines(...body),
      run(`GE.16-01234 ${n}`, 56, 60),
      run(String(n), 290, 40),
    ];
    const out = layoutPages([
      page(1, ['General Assembly', `1. ${FULL}`]),
      page(2, ['runs on here.', '2. Decides']),
      page(3, ['3. Requests']),
    ]);
    expect(out.text).toContain(`1. ${FULL} runs on here.\n2. Decides`);
    expect(out.text.startsWith('A/70/125\n')).toBe(true);
    expect(out.text.match(/A\/70\/125/g)).toHaveLength(1);
    expect(out.text).not.toMatch(/GE\.16|^\d$/m);
    expect(out.text.endsWith('3. Requests\n')).toBe(true);
  });

  // A UN resolution on US Letter: body justified from x=56 to x=506, masthead and running lines further right.
  const BODY = 'x'.repeat(70); // with " aaaa": 450 pt, the justified body width
  const at = (str: string, x: number, y: number, size = 10, hasEOL = true) => run(str, x, y, size, hasEOL);

  it('takes the right margin the body is justified to, not a masthead line set further right', () => {
    const out = layoutPages([
      [
        at('A/RES/78/132', 500, 800),
        ...[0, 1, 2, 3].map((i) => at(`${BODY} aaaa`, 56, 780 - 12.5 * i)),
        at('end.', 56, 730),
      ],
    ]);
    expect(out.text).toBe(`A/RES/78/132\n\n${Array(4).fill(`${BODY} aaaa`).join(' ')} end.\n`);
  });

  it('drops the facing heads and feet of a UN resolution: symbol, title and "2/15 23-25902"', () => {
    const body = (y: number, text: string) => at(text, 56, y);
    const even = (n: number, text: string) => [
      at('A/RES/78/132', 56, 733, 8.5),
      at('Information and communications technologies for', 371, 743, 8.5),
      at('sustainable development', 463, 733, 8.5, false),
      body(700, text),
      at('23-25902', 524, 38, 7, false),
      at(`${n}/4`, 56, 37, 8.5),
    ];
    const odd = (n: number, text: string) => [
      at('Information and communications technologies for', 56, 743, 8.5),
      at('sustainable development', 56, 733, 8.5, false),
      { ...at(' ', 149, 733, 8.5, false), width: 300 },
      at('A/RES/78/132', 451, 733, 8.5),
      body(700, text),
      at(`${n}/4`, 536, 37, 8.5, false),
      at('23-25902', 56, 38, 7),
    ];
    const out = layoutPages([
      [at('A/RES/78/132', 400, 780), body(700, 'The General Assembly,')],
      even(2, '1. Decides'),
      odd(3, '2. Requests'),
      even(4, '3. Invites'),
    ]);
    expect(out.text).toBe(
      'A/RES/78/132\n\nThe General Assembly,\n\n1. Decides\n\n2. Requests\n\n3. Invites\n',
    );
  });

  it('drops a running head of four close lines over the body, and the head of a two-page resolution', () => {
    const head = [
      at('A/RES/79/325', 56, 733, 8.5, false),
      at('Terms of reference and modalities for the establishment and', 333, 762.4, 8.5),
      at('functioning of the Independent International Scientific Panel on', 320, 752.6, 8.5),
      at('Artificial Intelligence and the Global Dialogue on', 373, 742.8, 8.5),
      at('Artificial Intelligence Governance', 429, 733, 8.5),
    ];
    const page1 = [
      at('A/RES/79/325', 400, 780),
      at('Terms of reference and modalities for the establishment and functioning of the', 56, 740),
      at('Independent International Scientific Panel on Artificial Intelligence and the Global', 56, 727.5),
      at('Dialogue on Artificial Intelligence Governance', 56, 715),
      at('The General Assembly,', 56, 690),
    ];
    const four = layoutPages([
      page1,
      [...head, at('1. Decides', 56, 700)],
      [...head, at('2. Requests', 56, 700)],
    ]);
    expect(four.text).not.toMatch(/Governance\n\n1\.|A\/RES\/79\/325\n\n1\./);
    expect(four.text.endsWith('The General Assembly,\n\n1. Decides\n\n2. Requests\n')).toBe(true);
    const two = layoutPages([page1, [...head, at('1. Decides', 56, 700)]]);
    expect(two.text.endsWith('The General Assembly,\n\n1. Decides\n')).toBe(true);
    // A line set as the body is, repeating words of the first page, is text.
    const body = layoutPages([page1, [at('The General Assembly,', 56, 760), at('1. Decides', 56, 700)]]);
    expect(body.text.endsWith('The General Assembly,\n\nThe General Assembly,\n\n1. Decides\n')).toBe(true);
  });

  it('reads a footnote whose marker hangs out as one footnote', () => {
    const out = layoutPages([
      [
        at(`1. ${BODY} a`, 56, 780),
        at('__________________', 56, 100),
        at(
          `^{12} United Nations Educational, Scientific and Cultural Organization, Records${'r'.repeat(2)}`,
          56,
          88,
          9,
        ),
        at('Conference, Forty-first Session, Paris, 9–24 November 2021.', 68, 78, 9),
        at('^{13} A/74/821.', 56, 68, 9),
      ],
    ]);
    expect(out.text).toContain(
      '^{12} United Nations Educational, Scientific and Cultural Organization, Recordsrr Conference, Forty-first Session',
    );
  });

  it('starts a paragraph at a first-line indent, not at a hanging indent', () => {
    const out = layoutPages([
      [
        at(`${BODY} aaaa`, 56, 780),
        at('solidarity,', 56, 767.5),
        at(`Recalling ${'y'.repeat(61)}`, 80, 755),
        at(`${BODY} bbbb`, 56, 742.5),
        at(`(a) ${'z'.repeat(71)}`, 56, 730),
        at(`${'u'.repeat(67)} uuu`, 80, 717.5),
        at('cccc dddd;', 80, 705),
      ],
    ]);
    expect(out.text).toBe(
      `${BODY} aaaa solidarity,\n\nRecalling ${'y'.repeat(61)} ${BODY} bbbb\n(a) ${'z'.repeat(71)} ${'u'.repeat(67)} uuu cccc dddd;\n`,
    );
  });

  it('never runs a line on into the rule over the footnotes or into a footnote', () => {
    const out = layoutPages([
      [
        at(`${BODY} aaaa`, 56, 780),
        at(`${BODY} bbbb`, 56, 767.5),
        at('__________________', 56, 755),
        at(`* On behalf of the States members of the Group of 77 and China ${'w'.repeat(10)}`, 56, 742.5),
        at(`^{1} Resolutions 56/183 and 57/238 ${'v'.repeat(40)}`, 56, 730),
        at('^{2} See A/60/687.', 56, 717.5),
      ],
    ]);
    expect(out.text.split('\n')).toEqual([
      `${BODY} aaaa ${BODY} bbbb`,
      '',
      '__________________',
      `* On behalf of the States members of the Group of 77 and China ${'w'.repeat(10)}`,
      `^{1} Resolutions 56/183 and 57/238 ${'v'.repeat(40)}`,
      '^{2} See A/60/687.',
      '',
    ]);
  });

  it('reads a paragraph broken by a page on whole, the footnotes of the page above after it', () => {
    const out = layoutPages([
      [
        at(`Recalling ${'y'.repeat(65)}`, 80, 780),
        at(`${BODY} aaaa`, 56, 767.5),
        at(`${BODY} of the`, 56, 755),
        at('__________________', 56, 100),
        at('^{8} Resolution 70/125.', 56, 88, 9),
      ],
      [at('outcomes of the World Summit,', 56, 780), at('Recalling also its resolution', 80, 767.5)],
    ]);
    expect(out.text).toBe(
      `Recalling ${'y'.repeat(65)} ${BODY} aaaa ${BODY} of the outcomes of the World Summit,\n\n` +
        '__________________\n^{8} Resolution 70/125.\n\nRecalling also its resolution\n',
    );
  });

  it('does not run a footnote at the foot of a page on to the next page', () => {
    const out = layoutPages([
      [at('1. Decides;', 56, 780), at(`^{1} ${BODY} aa`, 56, 100, 9)],
      [at('Welcomes the report', 56, 780)],
    ]);
    expect(out.text).toBe(`1. Decides;\n\n^{1} ${BODY} aa\n\nWelcomes the report\n`);
  });

  it('keeps a hyphen pdf.js spaced off at a wrap, without the space', () => {
    const out = layoutPages([lines(`${FULL} capacity -`, 'building in developing countries')]);
    expect(out.text).toBe(`${FULL} capacity-building in developing countries\n`);
  });

  it('keeps similar body lines that differ inside, not only by a page number', () => {
    const out = layoutPages([lines('Line 1 of 3.'), lines('Line 2 of 3.'), lines('Line 3 of 3.')]);
    expect(out.text).toBe('Line 1 of 3.\n\nLine 2 of 3.\n\nLine 3 of 3.\n');
  });
});
