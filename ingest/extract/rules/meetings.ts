// Meetings (MODEL.md "Meeting"): ordinal meetings of a working group ("its
// fifth and final meeting", "WGEC 3rd Meeting", "2nd meeting: 6-8 November
// 2013"), sessions of a body ("twenty-first session of the Commission", "27th
// CSTD", "Substantive session of 2012"), meetings of a session ("the third
// meeting" after a session), IGF editions ("18th IGF"), lists of meeting dates
// ("held five meetings: 30 September 2016; 26-27 January 2017; …") and named
// gatherings with a date ("open consultations on 18 May 2012"). Each is PART_OF
// its group, body, session or process; consecutive ordinals SUCCEED each other.
// A body's ordinal sessions are meetings-sessions.ts's.

import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../parse/ordinals.ts';
import { makeSpans } from '../spans.ts';
import { anchoredMatches, wordStart } from './anchored-matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { sessionDateBefore } from './meeting-date-before.ts';
import { datelinePlaces } from './meeting-dateline-place.ts';
import { dateAfter } from './meeting-dates.ts';
import { editionYear } from './meeting-edition-year.ts';
import { acronymYears } from './meetings-acronym-years.ts';
import { arriaMeetings } from './meetings-arria.ts';
import { bodyMetMeetings } from './meetings-body-met.ts';
import { committeeMeetingLists } from './meetings-committee.ts';
import { conferencePlaces } from './meetings-conference-places.ts';
import { conferenceYears } from './meetings-conference-years.ts';
import { conferenceEditions } from './meetings-conferences.ts';
import { councilMasthead } from './meetings-council-masthead.ts';
import { bracketEditions } from './meetings-edition-bracket.ts';
import { editionPlaces } from './meetings-edition-places.ts';
import { emitMeetings, nextStarts } from './meetings-emit.ts';
import { extraordinarySessions } from './meetings-extraordinary.ts';
import { groupSessionLists } from './meetings-group-session-lists.ts';
import { groupSessions } from './meetings-group-sessions.ts';
import { dateLists, editionName, yearEditions } from './meetings-lists.ts';
import { localForumYears } from './meetings-local-forum-years.ts';
import { mastheadTopicMeetings } from './meetings-masthead-topic.ts';
import { namedMeetings } from './meetings-named.ts';
import { nextEditions } from './meetings-next-edition.ts';
import { ordinalMeeting } from './meetings-ordinal.ts';
import { organOrdinalSessions } from './meetings-organ-ordinals.ts';
import { prepcomMeetings } from './meetings-prepcom.ts';
import { sessionPressMeetings } from './meetings-press-session.ts';
import { regionalForumEditions } from './meetings-regional-forums.ts';
import { ordinalSessions } from './meetings-sessions.ts';
import { yearNamedSessions } from './meetings-year-sessions.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const ORD = ORDINAL_SOURCE;
const WG_MEETING = new RegExp(
  `\\b(${ORD})(\\s+and\\s+final)?\\s+(?:organi[sz]ational\\s+|physical\\s+|formal\\s+|(?:\\(resumed\\)\\s+)?plenary\\s+)?meeting\\b(?!s)`,
  'gi',
);
// "the 18th IGF", "the eleventh meeting of the Internet Governance Forum" (the Secretary-General's
// notes renewing the MAG). Not "the sixth IGF Virtual MAG Meeting": a capitalised word after the
// acronym makes it part of another name, here the sixth virtual meeting of the MAG; nor "the second meeting
// of the Internet Governance Forum Multistakeholder Advisory Group" (a MAG meeting's summary).
const IGF = new RegExp(
  `\\b(${ORD})\\s+(?:annual\\s+)?(?:(?:IGF|Internet Governance Forum)(?:\\s+\\(IGF\\))?(?:\\s+meeting)?|meeting\\s+of\\s+the\\s+(?:IGF|Internet Governance Forum)\\b)(?![^\\S\\n]+[A-Z])`,
  'g',
);
// A title's capitals: "The Twentieth Annual Meeting of the Internet Governance Forum (IGF) was hosted … in
// Lillestrøm from 23 to 27 June 2025" (the IGF's participation statistics page), "the 18th Annual Meeting of
// the Internet Governance Forum" (IGF 2023 closing ceremony). Only with "annual meeting of the".
const IGF_TITLE = new RegExp(
  `\\b(${ORD})\\s+annual\\s+meeting\\s+of\\s+the\\s+(?:IGF|Internet Governance Forum)\\b`,
  'gi',
);

// The same search from its noun (anchoredMatches): an ordinal is at most two words ("twenty first"),
// so WG_MEETING starts at most five words before its noun ("twenty first and final physical meeting"), at a
// word character after a non-word one (meetings-sessions.ts: SESSION likewise).
const WG_MEETING_AT = new RegExp(WG_MEETING.source, 'iy');
const MEETING_ANCHOR = /meeting\b/gi;

const IGF_WORDS = triggerWords(['igf', 'internet governance forum']);
const SESSION_WORDS = triggerWords(['session', 'cstd', 'commission']);
const MEETING_WORDS = triggerWords(['meeting']);

export function meetingsRule(ctx: DocContext): void {
  const found: FoundMeeting[] = [];
  const taken = makeSpans();
  const free = (a: number, b: number): boolean => taken.free(a, b);
  // Found sessions a meeting can belong to, in the order found (searched from the end).
  const sessions: FoundMeeting[] = [];
  const keep = (f: FoundMeeting): void => {
    found.push(f);
    if (isSession(f)) sessions.push(f);
  };
  const wg = ctx.state.get('workingGroup');
  for (const p of ctx.passages) {
    // Keyword tests first: each expression below needs one of these words.
    const igf = hasTrigger(p, IGF_WORDS);
    const session = hasTrigger(p, SESSION_WORDS);
    const meeting = hasTrigger(p, MEETING_WORDS);
    if (!igf && !session && !meeting) continue;
    if (igf)
      for (const m of [...matchesOf(IGF, p.text), ...matchesOf(IGF_TITLE, p.text)]) {
        const n = parseOrdinal(m[1]!);
        const start = p.start + m.index;
        if (!n || !free(start, start + m[0].length)) continue;
        taken.add(start, start + m[0].length);
        keep({
          id: `meeting:igf-${n}`,
          name: editionName(n, 'process:igf', ctx),
          parent: 'process:igf',
          ordinal: n,
          p,
          start,
          end: start + m[0].length,
        });
      }
    if (session)
      for (const f of [...groupSessions(ctx, p, free), ...groupSessionLists(ctx, p, free)]) {
        taken.add(f.start, f.end);
        found.push(f);
      }
    if (session) ordinalSessions(ctx, p, taken, keep);
    if (meeting)
      for (const m of anchoredMatches(WG_MEETING_AT, MEETING_ANCHOR, p.text, 5, wordStart)) {
        const start = p.start + m.index;
        const end = start + m[0].length;
        const n = parseOrdinal(m[1]!);
        if (!n || !free(start, end)) continue;
        const f = ordinalMeeting(ctx, p, { start, end, n }, wg, sessions);
        if (!f) continue;
        taken.add(start, end);
        found.push(f);
      }
  }
  // Found before the dates are read: a year-named session stops the session named before it.
  const yearSessions = yearNamedSessions(ctx, free);
  for (const f of yearSessions) taken.add(f.start, f.end);
  const next = nextStarts([...found, ...yearSessions]);
  // A date the finder read itself (a press release's day of issue, meetings-press.ts) comes last.
  for (const f of found)
    if (!f.listed)
      f.date =
        dateAfter(ctx, f.p, f.end, next(f), f.id.startsWith('meeting:igf') || /session/.test(f.name)) ??
        editionYear(ctx, f) ??
        f.date ??
        // "On 30 May 2030, the ninth session of the Council was opened at …": the date before its name.
        sessionDateBefore(ctx, f.p, f.start, f.end);
  found.push(...yearSessions);
  found.push(...committeeMeetingLists(ctx, free));
  found.push(...yearEditions(ctx, free));
  found.push(...editionPlaces(ctx));
  found.push(...bracketEditions(ctx));
  found.push(...nextEditions(ctx, free));
  if (wg) found.push(...dateLists(ctx, wg, found));
  // One finder after the other: the words a numbered conference took are no year's edition.
  for (const finder of [
    conferenceEditions,
    conferenceYears,
    acronymYears,
    extraordinarySessions,
    organOrdinalSessions,
    conferencePlaces,
    councilMasthead,
    sessionPressMeetings,
    mastheadTopicMeetings,
    regionalForumEditions,
    localForumYears,
    arriaMeetings,
    prepcomMeetings,
  ])
    for (const f of finder(ctx, free)) {
      taken.add(f.start, f.end);
      found.push(f);
    }
  found.push(...namedMeetings(ctx, free));
  found.push(...bodyMetMeetings(ctx, free, found));
  emitMeetings(ctx, datelinePlaces(ctx, found));
}

/** A meeting or session with an ordinal, of a body or process: what "the third meeting" after it is part of. */
function isSession(f: FoundMeeting): boolean {
  return (
    /-\d+$/.test(f.id) && f.parent !== undefined && f.parent !== '' && !f.parent.startsWith('workinggroup')
  );
}
