// The title line found in the masthead (document.ts) made whole: a headline in capitals or a number line
// wrapped onto the next lines, a letter's title wrapped over the masthead's lines, and the subject a bare
// title leaves to its heading (document-title-subject.ts).

import type { DocContext } from '../context.ts';
import { CAPS_HEADLINE } from './document-masthead.ts';
import { wholeHeadline } from './document-press.ts';
import { clean, withSubject } from './document-title-subject.ts';
import { capsHeadlineIn } from './press-headline.ts';
import { letterTitleRest } from './title-letter.ts';
import { openTitleRest, titleRest } from './title-wrap.ts';

type Passage = DocContext['passages'][number];

/** The title's `line` (what the document's kind is read from) and the `whole` title, from the passage and line found. */
export function wholeTitle(
  ctx: DocContext,
  titleP: Passage | undefined,
  found: string | undefined,
  numbered: Passage | undefined,
): { line: string | undefined; whole: string | undefined } {
  let titleLine = found;
  // A headline in capitals wrapped onto the next lines goes on there (press-headline.ts).
  if (titleP && titleLine && CAPS_HEADLINE.test(titleLine.trim()))
    titleLine = capsHeadlineIn(titleP.text.slice(titleP.text.indexOf(titleLine))) ?? titleLine;
  // A number line wrapped onto the next line goes on there (title-wrap.ts).
  // A letter's title wrapped over the masthead's lines goes on to its addressee (title-letter.ts).
  const rest =
    titleP && titleP === numbered
      ? titleRest(ctx, titleP)
      : titleP &&
        (letterTitleRest(ctx, titleP, titleLine ?? titleP.text.split('\n')[0]!) ??
          openTitleRest(ctx, titleP, titleLine ?? titleP.text.split('\n')[0]!));
  const line = titleP
    ? clean(
        `${(titleLine ?? titleP.text.split('\n')[0]!).replace(/^\s*\**\d{2,4}\/\d{1,3}\.\s+/, '')}${rest ? ` ${rest}` : ''}`,
      )
    : undefined;
  const whole = titleP && line ? withSubject(ctx, titleP, wholeHeadline(ctx, line) ?? line) : line;
  return { line, whole };
}
