// What a passive verb of setting up names as set up (established.ts): "The Working Group (CWG-Internet) was
// established by …", "five meetings, organised by …", "The meeting is convened by …", "It was jointly
// organized by …", "This CWG was established by …".

import { type DocContext, type Mention, mentionsIn, type Sentence } from '../context.ts';
import { currentMeeting } from './current-meeting.ts';
import { pronounMeeting } from './established-pronoun.ts';
import { ESTABLISHED_TARGETS } from './establishing-resolution.ts';
import { meetingAsModifier } from './mandates-outcomes-of.ts';
import { shortFormMeeting } from './meeting-anaphor.ts';

// The subject of a passive verb that names the document's group by a common noun or a bare acronym.
const GROUP_ANAPHOR =
  /(?:^|\b)(?:[Tt]his|[Tt]he)\s+(?:[A-Z]{2,6}|[Gg]roup|[Ww]orking [Gg]roup|[Pp]anel)\s+(?:was|were|has been|had been|is)\s+(?:first\s+|formally\s+|originally\s+)?$/;

// A sentence whose passive subject is a group, named in full even when no group node was made of it ("The
// Working Group on Internet Governance (WGIG) was established by the Secretary-General … during the first
// phase of the World Summit …, held in Geneva", a WGIG report with no date of the group's own): a meeting of
// a later clause is not what was set up.
const GROUP_SUBJECT =
  /^\W*(?:The|This|A|An)\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Working Group|[Gg]roup|Panel)\b[^,;.]{0,80}?\s(?:was|were|has been|had been)\s+(?:first\s+|formally\s+|originally\s+)?$/;

/** The objects of the passive verb at `at` (ending at `after`) in sentence `s` of passage `p`; `prev` is the sentence before. */
export function passiveObjects(
  ctx: DocContext,
  p: Mention['passage'],
  s: Sentence,
  prev: Sentence | undefined,
  at: number,
  after: number,
): Mention[] {
  // "the Working Group (CWG-Internet), established by …": the group named just before the verb, not a
  // meeting of a later clause ("… by the Secretary-General … during the first phase of the World
  // Summit …, held in Geneva", WGIG report 2005); else "five meetings, organised by …: 30 September
  // 2016; …": the meetings of the sentence.
  const subject = mentionsIn(ctx, s.start, at).filter(
    (m) =>
      ESTABLISHED_TARGETS.has(m.type) &&
      /^\)?[\s,]*(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has been|have been|had been)\s+)?$/.test(
        ctx.doc.text.slice(m.end, at),
      ),
  );
  // Not the summit a noun is named after: "the World Summit on the Information Society Forum, jointly
  // organized annually by …" (GA resolutions on ICT for development) is the yearly Forum, not the 2003 summit.
  const meetings = mentionsIn(ctx, s.start, s.end).filter(
    (m) => m.type === 'Meeting' && !meetingAsModifier(ctx, m),
  );
  let objects =
    subject.some((m) => m.type === 'WorkingGroup') || GROUP_SUBJECT.test(ctx.doc.text.slice(s.start, at))
      ? subject
      : meetings.length > 0
        ? meetings
        : subject;
  // "The meeting is convened by …", "The Forum was … jointly organized by ITU, UNESCO, UNCTAD and UNDP"
  // (WSIS Forum 2011 outcome): the meeting the passage reports on.
  const current = currentMeeting(ctx, p);
  const anaphor =
    /\b[Tt]he (?:meeting|session|consultations?|workshop|event|[Ff]orum|[Cc]onference|[Ss]ummit)\b/.test(
      s.text.slice(0, at - s.start),
    );
  if (objects.length === 0 && current && anaphor) {
    const m = ctx.mentions.find((x) => x.id === current);
    // Quoted where the anaphor stands: the meeting's name may be sentences before.
    if (m) objects = [{ ...m, start: at, end: after }];
  }
  // "The High-Level Event 2024 was … co-organized by …": the gathering named so before (meeting-anaphor.ts).
  const short = objects.length === 0 ? shortFormMeeting(ctx, s.start, at) : undefined;
  if (short) objects = [{ ...short, start: at, end: after }];
  // "… was held at Bangkok on 22 August 2001. It was jointly organized by …" (established-pronoun.ts).
  const it = objects.length === 0 ? pronounMeeting(ctx, s, prev, p) : undefined;
  if (it) objects = [{ ...it, start: at, end: after }];
  // "This CWG was established by …": the group the document is about.
  const group = ctx.state.get('workingGroup');
  if (objects.length === 0 && group && GROUP_ANAPHOR.test(ctx.doc.text.slice(s.start, at))) {
    const m = ctx.mentions.find((x) => x.id === group);
    if (m) objects = [{ ...m, start: at, end: after }];
  }
  return objects;
}
