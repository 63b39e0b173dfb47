// Layout rules on hand-made text runs (A4, body text from x=56 to x≈539).

import { describe, expect, it } from 'vitest';
import { layoutPages, type TextRun } from '../../../ingest/pdf/pdf-layout.ts';

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

  it('keeps similar body lines that differ inside, not only by a page number', () => {
    const out = layoutPages([lines('Line 1 of 3.'), lines('Line 2 of 3.'), lines('Line 3 of 3.')]);
    expect(out.text).toBe('Line 1 of 3.\n\nLine 2 of 3.\n\nLine 3 of 3.\n');
  });
});
