// Gatherings named by a noun and dated in the same sentence: "an
// intersessional panel meeting in Lisbon on 6 and 7 November 2023", "one-day
// open consultations on 18 May 2012", "a physical workshop on Harnessing STI
// for Disaster Risk Reduction in Manila, the Philippines on 29 February and 1
// March, 2024", "the high-level event on WSIS+20 … in 2024"; a title naming a
// meeting with "Held between 6 and 7 November 2023 in Lisbon" under it.

import { idFor } from '../claims.ts';
import { type DocContext, indexOfPassage } from '../context.ts';
import { capitalise, parseOrdinal } from '../parse/ordinals.ts';
import { anchoredMatches } from './anchored-matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { acronymMeetings } from './meeting-acronyms.ts';
import { heldBeside } from './meeting-alongside.ts';
import { dateBefore } from './meeting-date-before.ts';
import { dateLineBelow } from './meeting-date-lines.ts';
import { dateAfter } from './meeting-dates.ts';
import { itemLead, listItemOrdinal } from './meeting-list-items.ts';
import { insideBodyName, KIND_ANCHOR, KIND_WORDS, NAMED_AT, namedStart } from './meeting-name-grammar.ts';
import {
  APPOSITIVE_BEFORE,
  COUNTED,
  COUNTED_UNIT,
  HELD_TO,
  HOLDS_SESSION,
  LENGTH_ONLY,
  LENGTH_WORD,
  laterThanNamed,
  lineOpening,
  NOT_A_MEETING,
  ORDINAL_SERIES,
  OUTCOMES_AFTER,
  OUTCOMES_OF,
  OWNERLESS,
  PANEL_OWNS,
  PARTICIPLE_MEETING,
  PREPARATORY,
  REVIEW_OF,
  TITLED_ORDINAL,
  titled,
} from './meeting-name-guards.ts';
import { numeralAfter } from './meeting-numerals.ts';
import { ownerHead } from './meeting-owner-head.ts';
import { periodOf } from './meeting-periods.ts';
import { remarksToday } from './meeting-remarks-today.ts';
import { throughTopicName } from './meeting-topic-names.ts';
import { namedAgain } from './meetings-named-again.ts';
import { namedEdition, shortFormOf } from './meetings-named-editions.ts';
import { hasTrigger } from './trigger-words.ts';

export function namedMeetings(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, KIND_WORDS)) continue;
    const matches = anchoredMatches(NAMED_AT, KIND_ANCHOR, p.text, 5, namedStart);
    const embedded = new Set<number>();
    matches.forEach((m, k) => {
      // The next gathering named in the passage owns the date after it: "responded to the online
      // consultations and … participated in the physical open consultations on 18 September 2017".
      // Not a gathering named inside this one's name ("the high-level meeting … on the review of the outcomes
      // of the World Summit …, held in New York on …") nor one joined to it ("Open Consultations and MAG Meeting").
      const following = matches[k + 1];
      const between = following ? p.text.slice(m.index + m[0].length, following.index) : '';
      // The words before the next one may close this match ("High-level Meeting on the overall review of the
      // outcomes of the" + "World Summit …"): what joins them is read across both.
      const inName =
        following !== undefined &&
        (/\b(?:of|to)(?:\s+the)?\s*$/.test(m[1]! + between) || HELD_TO.test(between));
      // Two titled gatherings joined by "and" are one title ("First Open Consultations and MAG Meeting"):
      // the name runs to the end of the second.
      // "A or B" gives two names of one gathering ("the third thematic deep dive or informal consultation on
      // the Compact was held on …"): one name runs through both.
      const joined =
        following !== undefined &&
        ((/^\s*and\s*$/.test(between) && titled(m[1]!, following[1]!)) || /^\s*or\s*$/.test(between));
      // A gathering held for another is named by both and is the one the sentence dates: "The Preparatory
      // Meeting for the Ninth Ministerial Conference on the Information Society … was held on March 12-14,
      // 2024 in Montevideo" (ECLAC news on eLAC2026) is not the conference itself.
      const forOther =
        following !== undefined && PREPARATORY.test(m[1]!) && /^\s+for\s+(?:the\s+)?$/.test(between);
      const runsOn = inName && (/^\s*$/.test(between) || HELD_TO.test(between));
      const found =
        joined || forOther || runsOn
          ? p.text.slice(m.index, following.index + following[1]!.trimEnd().length).trim()
          : m[1]!.trim();
      // "Virtual Meeting XI, 27 October 2016": the numeral is the name's (meeting-numerals.ts).
      const numeral = /\son\s/.test(found) ? undefined : numeralAfter(p.text, m.index + found.length, found);
      const whole = numeral
        ? found + numeral
        : /\son\s/.test(found)
          ? throughTopicName(ctx, p, p.start + m.index, found)
          : found;
      // A masthead's lines are apart: "WSIS+10 High-Level Event: Open Consultation Process\n1st Physical
      // Meeting\nITU Headquarters" (a chairman's outcomes) names the "1st Physical Meeting", not a "Process
      // 1st Physical Meeting": a line of its own that opens with a capital or a digit. A paragraph wrapped
      // at its width goes on after the name on the same line ("an Inter-sessional Panel\nMeeting in Lisbon").
      // So is a list's item opening its line with its ordinal ("2022\nSecond intersessional consultation, Vienna,
      // 13 and 14 June 2022", UNODC's list of the Ad Hoc Committee's meetings): the line above is the last item's.
      const wholeEnd = p.start + m.index + whole.length;
      const opening = /^[ \t]*(?:\n|$)/.test(ctx.doc.text.slice(wholeEnd, wholeEnd + 8))
        ? lineOpening(whole)
        : itemLead(p.text, m.index, whole);
      // "the 5 day event": the unit of a length in figures is no word of the name (meeting-name-guards.ts).
      const lead = opening + (COUNTED_UNIT.exec(whole.slice(opening))?.[0].length ?? 0);
      const phrase = whole.slice(lead);
      // The next gathering was only held beside this one: the date after it is still this one's.
      const stopAt =
        following &&
        !inName &&
        !forOther &&
        !joined &&
        !/^\s*and\s*$/.test(between) &&
        !heldBeside(p.text, following.index)
          ? p.start + following.index + itemLead(p.text, following.index, following[1]!)
          : Number.POSITIVE_INFINITY;
      if (embedded.has(k)) return;
      if (inName || joined || forOther) embedded.add(k + 1);
      if (
        (NOT_A_MEETING.test(phrase) &&
          !TITLED_ORDINAL.test(phrase) &&
          !ORDINAL_SERIES.test(phrase) &&
          !listItemOrdinal(p.text, m.index + lead, phrase)) ||
        LENGTH_ONLY.test(phrase) ||
        (/[Pp]anel$/.test(phrase) &&
          PANEL_OWNS.test(p.text.slice(m.index + whole.length, m.index + whole.length + 40))) ||
        OWNERLESS.test(phrase) ||
        COUNTED.test(phrase) ||
        PARTICIPLE_MEETING.test(phrase) ||
        !/\s/.test(phrase) ||
        /\b(?:meetings|sessions)\b/.test(phrase)
      )
        return;
      const start = p.start + m.index + lead;
      const end = start + phrase.length;
      if (
        !free(start, end) ||
        insideBodyName(ctx, start, phrase) ||
        HOLDS_SESSION.test(p.text.slice(0, m.index + lead)) ||
        REVIEW_OF.test(p.text.slice(Math.max(0, m.index + lead - 160), m.index + lead)) ||
        (APPOSITIVE_BEFORE.test(p.text.slice(Math.max(0, m.index + lead - 40), m.index + lead)) &&
          /^\s*,/.test(ctx.doc.text.slice(end, end + 4)))
      )
        return;
      const hasTopic = /\son\s/.test(phrase);
      const bareYear =
        hasTopic &&
        !OUTCOMES_OF.test(p.text.slice(Math.max(0, m.index - 40), m.index)) &&
        !OUTCOMES_AFTER.test(ctx.doc.text.slice(end, end + 30));
      let date = heldBeside(p.text, m.index + lead)
        ? undefined
        : (dateAfter(ctx, p, end, stopAt, bareYear) ??
          dateBefore(ctx, p, start, end) ??
          remarksToday(ctx, p, start, end));
      if (!date && p.kind === 'heading') {
        const next = ctx.passages[indexOfPassage(ctx, p) + 1];
        if (next && /^\s*held\b/i.test(next.text)) date = dateAfter(ctx, next, next.start, next.end, false);
        else if (p === ctx.passages[0]) date = dateLineBelow(ctx.passages, 1);
      }
      const period = date ? undefined : periodOf(phrase);
      if (period) date = { start: period.start, end: period.end };
      if (!date || (date.start.length === 4 && !hasTopic && !period) || laterThanNamed(phrase, date.start))
        return;
      // "IGF 2017 Second Open Consultations": the year is the edition's, the name keeps its acronym.
      const acronym = /^(?:19|20)\d{2}\s/.test(phrase)
        ? /\b([A-Z]{2,6})\s$/.exec(p.text.slice(Math.max(0, m.index + lead - 7), m.index + lead))?.[1]
        : undefined;
      // "… of the Organization of Islamic Cooperation Summit": the body's head goes back in (meeting-owner-head.ts).
      const name =
        period?.name ??
        shortFormOf(ctx, phrase, start) ??
        `${ownerHead(p.text, m.index + lead)}${acronym ? `${acronym} ` : ''}${capitalise((numeral ? phrase : phrase.replace(/^(?:physical|virtual|hybrid)\s+/i, '')).replace(LENGTH_WORD, ''))}`;
      const edition = namedEdition(ctx, phrase, start, date.start.slice(0, 4));
      const series = ORDINAL_SERIES.exec(phrase)?.[1];
      const ordinal = series ? parseOrdinal(series) : undefined;
      out.push(
        edition
          ? { ...edition, p, start, end, date }
          : {
              id: idFor('Meeting', period ? name : `${name} ${date.start}`),
              name,
              ...(ordinal ? { ordinal } : {}),
              p,
              start,
              end,
              date,
            },
      );
    });
  }
  return [...out, ...namedAgain(ctx, out, free), ...acronymMeetings(ctx, out, free)];
}
