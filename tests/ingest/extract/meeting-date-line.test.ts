// An event page's headline naming a gathering, with a line holding only its dates under it
// (rules/meeting-date-lines.ts dateLineUnder): "Retreat on … / 14 Jul 2016 - 16 Jul 2016" (a digital-policy observatory's
// event page) dates the gathering. A line with other words, or a headline further down the page, dates
// nothing. Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const dates = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate} ${n.properties.endDate ?? '-'}`);

describe('a date line under an event headline', () => {
  it.each([
    [
      'Retreat on advancing the work of the Ocean Data Forum\n\n14 Jul 2098 - 16 Jul 2098\n\nGeneva, Switzerland\n\nThe secretariat organises a retreat.',
      'Retreat on advancing the work of the Ocean Data Forum 2098-07-14 2098-07-16',
    ],
    [
      'Workshop on ocean data sharing\n\n3 May 2098\n\nThe secretariat organises a workshop.',
      'Workshop on ocean data sharing 2098-05-03 -',
    ],
  ])('dates it: %s', (text, want) => expect(dates(text)).toEqual([want]));
  it.each([
    'Retreat on advancing the work of the Ocean Data Forum\n\nPosted on 14 Jul 2098 by the secretariat\n\nThe secretariat organises a retreat.',
    'News\n\nRetreat on advancing the work of the Ocean Data Forum\n\n14 Jul 2098 - 16 Jul 2098\n\nThe secretariat organises a retreat.',
  ])('dates nothing: %s', (text) => expect(dates(text)).toEqual([]));
});
