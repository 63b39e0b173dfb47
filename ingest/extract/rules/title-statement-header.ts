// A delivered statement's header line, the whole of the text's first line: what was said, by whom, at which
// meeting, then "(City, day month year)": "Statement on behalf of the Group of 77 and China by Mr. X,
// Counsellor, Permanent Mission of Pakistan to the United Nations, at the informal consultation on the
// revised draft modalities resolution for the “Summit of the Future” (New York, 25 August 2022)" (the Group of
// 77's statements pages; missions' statements at co-facilitators' consultations are headed alike). The line
// titles the text (rules/document.ts), though longer than a headline (document-headline.ts allows 200
// characters), and the day in its closing parenthesis dates it (rules/document-issue-date.ts). Only a line
// opening with the kind of speech and closing with the place-and-day parenthesis: "Statements made on behalf of
// groups can be five minutes (New York time)" is prose, not a header. The Group's older headers are in capitals
// but for the parenthesis: "STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY …, AT THE SECOND COMMITTEE …
// (New York, 22 October 2013)".

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { firstDate, MONTH_NAME } from '../parse/dates.ts';

const HEADER = new RegExp(
  `^(?:(?:Joint|Opening|Closing|Keynote|Introductory|Concluding)\\s+)?(?:[Ss]tatement|[Rr]emarks|[Ii]ntervention|Explanation\\s+of\\s+(?:[Vv]ote|[Pp]osition))\\s+(?:on\\s+behalf\\s+of|by|of|at|delivered)\\b[^\\n]{10,400}?\\(\\s*\\p{Lu}[\\p{L}.'’ -]{1,40},\\s*(\\d{1,2}\\s+${MONTH_NAME}\\s+\\d{4})\\s*\\)$`,
  'iu',
);

/** The day a statement's header line gives ("… (New York, 25 August 2022)": 2022-08-25), else undefined. */
export function statementHeaderDate(line: string): string | undefined {
  const m = HEADER.exec(line.trim());
  return m ? firstDate(m[1]!)?.start : undefined;
}

/** The text's first passage when its first line is a statement's header. */
export function statementHeader(ctx: DocContext): Passage | undefined {
  const p = ctx.passages[0];
  return p && p.kind !== 'footnote' && statementHeaderDate(p.text.split('\n', 1)[0]!) ? p : undefined;
}
