// The presiding officer in the masthead of a UN summary or verbatim record (issue 3, item 3): under
// "Summary record of the 35th meeting / Held at Headquarters, New York, on …" the line
// "Chair: Mr. X (Viet Nam)" ("Chairman:", "President:", "Acting Chair:", dot leaders before the
// bracket) names who chaired that meeting, and "In the absence of the Chair, Mr. Y (Chile),
// Vice-Chair, took the Chair." who chaired it in the Chair's stead (Acting Chair). Only in the
// document's opening lines and only when the meeting is known (a Meeting named just above), so a
// roster line elsewhere is not read as one.

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  mentionsStartingIn,
  sourceAt,
} from '../context.ts';
import { addChaired } from './chaired-claim.ts';
import { addSurname, mastheadSurname } from './masthead-names.ts';
import { roleName, stripHonorific } from './roles.ts';

const LINE = /^\s*((?:Acting\s+|Vice[- ])?(?:Chair(?:man|person|woman)?|President))\s*:/;
const TOOK = /\btook the [Cc]hair\b/;
// Between the name and "took the Chair": the Member State in brackets, the post between commas.
const NAME_TO_TOOK =
  /^(?:\s*\([^()\n]{1,60}\))?(?:\s*,\s*(?:the\s+)?(?:Vice[- ](?:Chair(?:man|person|woman)?|President)|Rapporteur)\s*,)?\s*$/;
// How far into the document the masthead reaches, and how far above the line its meeting is named.
const MASTHEAD_PASSAGES = 15;
const MEETING_REACH = 600;

const meetingAbove = (ctx: DocContext, p: Passage) =>
  lastMentionBefore(ctx, p.start, (x) => x.type === 'Meeting', p.start - MEETING_REACH);

// "In the absence of the President, Ms. Y …, took the Chair." (A/74/PV.52): the officer named on the
// masthead's "President:" line did not preside at this meeting.
const ABSENT =
  /^\s*In the absence of the ((?:Vice[- ])?(?:Chair(?:man|person|woman)?|President))\b[^\n]*\btook the [Cc]hair\b/;

/** "Chairman", "Chairperson" and "Chair" are one office. */
const office = (word: string): string => word.toLowerCase().replace(/(?:man|person|woman)$/, '');

export function chairMastheadsRule(ctx: DocContext): void {
  const head = ctx.passages.slice(0, MASTHEAD_PASSAGES).filter((p) => !p.text.includes('\n'));
  const absent = new Set<string>();
  for (const p of head) {
    const a = ABSENT.exec(p.text);
    if (a) absent.add(office(a[1]!));
  }
  for (const p of head) {
    if (p.text.includes(':')) officerLine(ctx, p, absent);
    if (/^\s*In the absence of/.test(p.text)) tookTheChair(ctx, p);
  }
}

/** "Chair: Mr. X (Viet Nam)": a name and at most its Member State after the label. */
function officerLine(ctx: DocContext, p: Passage, absent: ReadonlySet<string>): void {
  const m = LINE.exec(p.text);
  if (!m) return;
  const after = p.start + p.text.indexOf(':') + 1;
  const meeting = meetingAbove(ctx, p);
  if (!meeting) return;
  // The name on the label's own line: "Chair:" alone over "Mr. X (Gambia)" heads a list of officers elected
  // ("… elected the following officers: / Chair: / Mr. X (Gambia) / Vice-Chairs: …", a Commission's session
  // report; officer-lists.ts), which says who holds the post, not who chaired the meeting named above it.
  const person =
    mentionsStartingIn(ctx, after, Math.min(p.end, after + 30)).find(
      (x) =>
        x.type === 'Person' &&
        x.end <= p.end &&
        /^\s*$/.test(stripHonorific(ctx.doc.text.slice(after, x.start))),
    ) ?? surnameRightAfter(ctx, p, after);
  if (!person || !/^[\s.…]*(?:\([^()\n]{2,60}\))?\s*$/.test(ctx.doc.text.slice(person.end, p.end))) return;
  // Named, but not presiding: someone else took the Chair.
  if (absent.has(office(m[1]!))) return;
  // The President of a plenary presides as a Chair does (MODEL.md roles).
  const role = roleName(m[1]!.replace(/President/i, 'Chair'));
  addChaired(ctx, person.id, meeting.id, role, sourceAt(ctx, p, p.start, p.end), 'chair-mastheads');
}

/** A surname on the label's line right after it ("President: Mr. Muhammad-Bande (Nigeria)"). */
function surnameRightAfter(ctx: DocContext, p: Passage, after: number): Mention | undefined {
  const s = mastheadSurname(ctx, after, p.end);
  if (!s || !/^\s*$/.test(stripHonorific(ctx.doc.text.slice(after, s.start)))) return undefined;
  if (!/^[\s.…]*(?:\([^()\n]{2,60}\))?\s*$/.test(ctx.doc.text.slice(s.end, p.end))) return undefined;
  return addSurname(ctx, p, s);
}

/** "In the absence of the Chair, Mr. Y (Chile), Vice-Chair, took the Chair.": Y chaired in the Chair's stead. */
function tookTheChair(ctx: DocContext, p: Passage): void {
  const took = TOOK.exec(p.text);
  if (!took) return;
  const at = p.start + took.index;
  const meeting = meetingAbove(ctx, p);
  if (!meeting) return;
  const named = (x: { readonly end: number }): boolean => NAME_TO_TOOK.test(ctx.doc.text.slice(x.end, at));
  const surname = mastheadSurname(ctx, p.start, at);
  const person =
    mentionsIn(ctx, p.start, at, 'Person').filter(named).pop() ??
    (surname && named(surname) ? addSurname(ctx, p, surname) : undefined);
  if (!person) return;
  const source = sourceAt(ctx, p, p.start, at + took[0].length);
  addChaired(ctx, person.id, meeting.id, 'Acting Chair', source, 'chair-mastheads:took');
}
