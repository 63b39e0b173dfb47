// A term of office written right after a post and its body (q96): "… Chair of the Group for 2021", "(2016–2018)",
// "from 2019 to 2021", "since January 2023", "for the period 1 August 2017 – 31 January 2018", "as of 23 July
// 2008", "…, for her leadership and able guidance since 2016". ISO dates, or YYYY-MM / YYYY when that is all the
// text says; `to` only when the text says when the term ends. Only the words at the start of the text are read:
// the caller hands over what follows the body's name (a year anywhere later is some other fact's).

import { firstDate, MONTH_NAME } from './dates.ts';

export interface Term {
  readonly from: string;
  readonly to?: string;
}

// One point in time: "2021", "January 2023", "1 August 2017", "August 1, 2017".
const POINT = `(?:\\d{1,2}\\s+${MONTH_NAME},?\\s+|${MONTH_NAME}\\s+(?:\\d{1,2},\\s+)?)?(?:19|20)\\d{2}`;
const DASH = '\\s*(?:-|–|—|to|until)\\s*';
// A year's two last figures after a dash: "2016-18".
const SHORT_END = '\\d{2}(?!\\d)';
// What ends a term: not a figure going on, nor a noun that makes the year some gathering's ("for 2021
// meetings", "since 2016 sessions") or a fraction of something ("for 2021/22").
const END = '(?![\\d/])(?!\\s+(?:session|meeting|edition|cycle|IGF|Forum|programme|budget)s?\\b)';

const RANGE = `(${POINT})(?:${DASH}(${POINT}|${SHORT_END}|present))?`;

const AFTER: readonly { re: RegExp; open?: true }[] = [
  // "(2016–2018)", "(2016-18)", "(since 2019)", "(2019–present)"
  { re: new RegExp(`^\\s*\\(\\s*(?:since\\s+(${POINT})|${RANGE})\\s*\\)`) },
  // "for 2021", "for the year 2021", "for 2022-2023", "for the period 1 August 2017 – 31 January 2018",
  // "for the term 2019 to 2021"
  { re: new RegExp(`^,?\\s+for\\s+(?:the\\s+(?:year|years|period|term)\\s+)?(?:from\\s+)?${RANGE}${END}`) },
  // "from 2019 to 2021", "from January 2020 until June 2022" (a lone "from 2019" with no end says nothing here)
  { re: new RegExp(`^,?\\s+from\\s+(${POINT})${DASH}(${POINT}|present)${END}`) },
  // "since 2016", "as of 23 July 2008"
  { re: new RegExp(`^,?\\s+(?:since|as\\s+of)\\s+(${POINT})${END}`), open: true },
  // "…, for her leadership and able guidance since 2016" (the Secretary-General thanking an outgoing chair)
  {
    re: new RegExp(
      `^,\\s+for\\s+(?:his|her|their)\\s+(?:leadership|guidance|stewardship)(?:\\s+and\\s+[a-z]+(?:\\s+[a-z]+)?)?\\s+since\\s+(${POINT})${END}`,
    ),
    open: true,
  },
];

/** ISO form of one point: a year alone stays a year. */
function point(text: string): string | undefined {
  if (/^(?:19|20)\d{2}$/.test(text)) return text;
  const d = firstDate(text);
  return d && !d.end ? d.start : undefined;
}

/** The end of a range: "present" is no end; "18" after "2016-" is 2018. */
function endPoint(text: string | undefined, from: string): string | undefined {
  if (text === undefined || text === 'present') return undefined;
  if (/^\d{2}$/.test(text)) return `${from.slice(0, 2)}${text}`;
  return point(text);
}

/** The term stated at the very start of `tail` (what follows a post's body), if any. */
export function termAfter(tail: string): Term | undefined {
  for (const { re, open } of AFTER) {
    const m = re.exec(tail);
    if (!m) continue;
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    const from = groups[0] === undefined ? undefined : point(groups[0]);
    if (!from) return undefined;
    if (open) return { from };
    const ranged = groups.length > 1;
    // "for 2021" is that year from start to end; "for September 2021" that month.
    const to = ranged ? endPoint(groups[1], from) : from;
    // A range ending before it starts ("2019 to 2017") is a misreading, not a term.
    if (to !== undefined && to.slice(0, 4) < from.slice(0, 4)) return undefined;
    if (ranged && groups[1] !== 'present' && to === undefined) return undefined;
    return to === undefined ? { from } : { from, to };
  }
  return undefined;
}

/**
 * "the 2022 … Multistakeholder Advisory Group", "the current 2024 IGF MAG Chair": the year written before the
 * body's name, the body of that year.
 */
export function termBefore(between: string): Term | undefined {
  const m =
    /\bthe\s+(?:(?:current|new|incoming|outgoing)\s+)?((?:19|20)\d{2})\s+(?:[A-Z][\w’'.-]*\s+|\([A-Z][A-Za-z-]{1,9}\)\s+){0,6}$/.exec(
      between,
    );
  return m ? { from: m[1]!, to: m[1]! } : undefined;
}
