// "The fourth meeting", "its ninth meeting", "the twelfth meeting of the
// Internet Governance Forum" (rules/meetings.ts): whose meeting an ordinal
// meeting is. The group or body named with it (meeting-owner.ts), else the
// group the document is about, else the last session named before it (a
// Commission's meetings are numbered within its session: "the third meeting"
// after "its twenty-first session"), else the body's own numbered meeting; a
// process's numbered meeting is its edition ("the twelfth meeting of the IGF"
// is the 12th Internet Governance Forum). A press release's masthead meeting
// line is its body's meeting before all of these (meetings-press.ts), as is a verbatim or summary
// record's masthead meeting line (meetings-records.ts) and an Assembly resolution's footer
// ("49th plenary meeting" / "19 December 2023", resolution-footer-meeting.ts), and an Assembly plenary meeting
// named in a sentence with its session known (meetings-assembly-plenary.ts).

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { capitalise, ordinalWord } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { heldBy } from './meeting-owner.ts';
import { assemblyPlenaryMeeting } from './meetings-assembly-plenary.ts';
import { committeeMeeting } from './meetings-committee.ts';
import { editionName, nameOf, slugOf } from './meetings-lists.ts';
import { pressMeeting } from './meetings-press.ts';
import { sessionPressMeeting } from './meetings-press-session.ts';
import { recordMeeting } from './meetings-records.ts';
import { sessionColonMeeting } from './meetings-session-colon.ts';
import { footerMeeting } from './resolution-footer-meeting.ts';

const OF_NAMED =
  /^\s+of\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

/** The last of `list` (in its order) starting before `offset`. */
export function lastBefore(list: readonly FoundMeeting[], offset: number): FoundMeeting | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.start < offset) return list[i];
  return undefined;
}

/** The meeting numbered `n` at `start`–`end`, or undefined when nothing it can belong to is known. */
export function ordinalMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
  wg: string | undefined,
  sessions: readonly FoundMeeting[],
): FoundMeeting | undefined {
  const { start, end, n } = at;
  // A press release's masthead line ("Second Committee" / "35th Meeting (AM)") says whose meeting it is.
  const press =
    pressMeeting(ctx, p, at) ??
    sessionPressMeeting(ctx, p, at) ??
    recordMeeting(ctx, p, at) ??
    sessionColonMeeting(ctx, p, at) ??
    committeeMeeting(ctx, p, at) ??
    footerMeeting(ctx, p, at) ??
    assemblyPlenaryMeeting(ctx, p, at);
  if (press) return press;
  // Elsewhere a "plenary meeting" is the Assembly's, not the group the document is about ("At its 2nd
  // plenary meeting, on 16 September 2011, the General Assembly … decided", a working group's report):
  // left to the named-meetings rule, as before plenary meetings were searched here.
  if (/plenary/i.test(ctx.doc.text.slice(start, end))) return undefined;
  const by = heldBy(ctx, p, start, end);
  // A meeting of a body named but unknown is that body's, not the group the document is about: "it is
  // proposed to hold a first meeting of the WG on Resolution 149 (WGDef) on 12-13 June 2007" (an ITU
  // invitation to the meetings of WG-WSIS and two new groups).
  if (!by && OF_NAMED.test(ctx.doc.text.slice(end, end + 40))) return undefined;
  const group = by?.type === 'WorkingGroup' ? by.id : by ? undefined : wg;
  const last = group ? undefined : lastBefore(sessions, start);
  const session = by && last?.parent !== by.id ? undefined : last;
  const parent = group ?? session?.id ?? by?.id;
  if (!parent) return undefined;
  const pname = group || !session ? nameOf(parent, ctx) : session.name;
  const numbered = by?.type === 'Process' && parent === by.id ? ctx.gazetteer.byId.get(parent) : undefined;
  // A meeting of a session is never itself a session that a later "fourth meeting" belongs to
  // (that gave "Fourth meeting of the Third meeting of the Twenty-first session …").
  return {
    id: `meeting:${slugOf(parent)}-${by?.type === 'Organization' && !session ? 'meeting-' : ''}${n}`,
    name:
      numbered?.annual && numbered.startYear
        ? editionName(n, parent, ctx)
        : `${capitalise(ordinalWord(n))} meeting of the ${pname}`,
    parent,
    ordinal: n,
    p,
    start,
    end,
  };
}
