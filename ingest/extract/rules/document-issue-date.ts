// The date of issue of a document (rules/document.ts) when its masthead's symbols gave none: after
// "Distr.:", a date heading alone, else the first date line of the opening lines in one of the forms below.

import type { DocContext } from '../context.ts';
import { datelineStart, firstDate, numericDateLine } from '../parse/dates.ts';
import { stampDate } from './distributor-stamp.ts';
import {
  bulletDateUnderHeadline,
  dayWithHours,
  placeDateline,
  placedDayLine,
  pressDateline,
  wholeDayDate,
} from './document-dated-symbol.ts';
import { monthLineDate } from './document-month-line.ts';
import { journalIssueDate } from './journal-issue.ts';
import { letterDate } from './letter-salutation.ts';
import { postedDate } from './title-category-label.ts';
import { badgeDate } from './title-date-badge.ts';
import { statementHeaderDate } from './title-statement-header.ts';

const DATE_ALONE = /^\s*\d{1,2} \p{Lu}\p{Ll}+ \d{4}\s*$/u;

/** The date of issue the masthead (`head`, its opening passages) or the opening lines give. */
export function issueDate(ctx: DocContext, head: DocContext['passages']): string | undefined {
  const { doc } = ctx;
  const distr = head.find((p) => /Distr\.?:/.test(p.text));
  const standalone = ctx.passages.find(
    (p) => p.kind === 'heading' && /^\s*\d{1,2} \w+ \d{4}\s*$/.test(p.text),
  );
  const dateP = distr ?? standalone;
  const opening = ctx.passages.slice(0, 8).flatMap((p) => p.text.split('\n'));
  // The date of issue follows "Distr.:"; a masthead run into one line gives the session's dates before it
  // ("… New York, 2–27 July 2012 … Distr.: General 12 March 2012", A/67/66–E/2012/49).
  const afterDistr = dateP === distr && distr ? distr.text.slice(distr.text.search(/Distr\.?:/)) : undefined;
  // "Distr.: General" and its date parted by a blank line (A/HRC/47/24/Add.2 as copied from a publishing site's
  // page): the date alone on the next passage.
  const below = distr ? ctx.passages[ctx.passages.indexOf(distr) + 1] : undefined;
  const belowDate = below && DATE_ALONE.test(below.text) ? firstDate(below.text)?.start : undefined;
  return (
    (afterDistr ? firstDate(afterDistr)?.start : undefined) ??
    belowDate ??
    journalIssueDate(doc.text) ??
    (dateP ? firstDate(dateP.text)?.start : undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? numericDateLine(l), undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? stampDate(l), undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? wholeDayDate(l.trim()), undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? postedDate(l), undefined) ??
    (ctx.passages[0] ? badgeDate(ctx.passages[0].text) : undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? dayWithHours(l.trim()), undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? datelineStart(l), undefined) ??
    placeDateline(doc.text.trimStart().split('\n', 1)[0]!) ??
    opening.reduce<string | undefined>((d, l) => d ?? pressDateline(l), undefined) ??
    statementHeaderDate(doc.text.trimStart().split('\n', 1)[0]!) ??
    opening.reduce<string | undefined>((d, l) => d ?? placedDayLine(l), undefined) ??
    bulletDateUnderHeadline(doc.text) ??
    letterDate(ctx.passages.slice(0, 8)) ??
    monthLineDate(doc.text)
  );
}
