// Who set up or convened something (MODEL.md ESTABLISHED): "the Chair
// established the Working Group … on 2 May 2016", "the Chair of the
// Commission convened one-day open consultations", "five meetings, organised
// by the CSTD secretariat", "the ITU Council had agreed on holding a
// high-level event", "would co-organize, in partnership with UNCTAD, a
// workshop". The agent of a passive verb follows "by"; of an active verb it is
// named before the verb in the same sentence (a "Chair of" acting for the body).

import { props } from '../claims.ts';
import { addEdge, type DocContext, type Mention, mentionsIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { firstDate } from '../parse/dates.ts';
import { agentAt } from './agents.ts';
import { currentMeeting } from './current-meeting.ts';
import { activeAgents, passiveAgents } from './established-agents.ts';
import { establishmentWindow, frontedDate } from './established-date-window.ts';
import { pronounMeeting } from './established-pronoun.ts';
import { ESTABLISHED_TARGETS, establishingResolution } from './establishing-resolution.ts';
import { hosted } from './hosted.ts';
import { meetingAsModifier } from './mandates-outcomes-of.ts';
import { shortFormMeeting } from './meeting-anaphor.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// "constituted": the Secretary-General "constituted a High-Level Panel on Digital Cooperation" (12 July 2018).
// A host is read the same way (hosted.ts: "will be hosted by the Kingdom of Saudi Arabia"), not "offered to host".
const VERB =
  /\b(?:established|constituted|convened|organi[sz]ed|co-organi[sz]ed?|set up|launched|(?:agreed on |decided on )?holding|(?:co-)?host(?:ed|s)|will\s+(?:co-)?host)\b/g;
const HOST = /host/;
// What VERB needs, in lower case: a passage without any is skipped.
const VERB_WORDS = triggerWords([
  'established',
  'establishing',
  'constituted',
  'convened',
  'organi',
  'set up',
  'launched',
  'holding',
  'host',
]);
// The subject of a passive verb that names the document's group by a common noun or a bare acronym.
const GROUP_ANAPHOR =
  /(?:^|\b)(?:[Tt]his|[Tt]he)\s+(?:[A-Z]{2,6}|[Gg]roup|[Ww]orking [Gg]roup|[Pp]anel)\s+(?:was|were|has been|had been|is)\s+(?:first\s+|formally\s+|originally\s+)?$/;

// A sentence whose passive subject is a group, named in full even when no group node was made of it ("The
// Working Group on Internet Governance (WGIG) was established by the Secretary-General … during the first
// phase of the World Summit …, held in Geneva", a WGIG report with no date of the group's own): a meeting of
// a later clause is not what was set up.
const GROUP_SUBJECT =
  /^\W*(?:The|This|A|An)\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Working Group|[Gg]roup|Panel)\b[^,;.]{0,80}?\s(?:was|were|has been|had been)\s+(?:first\s+|formally\s+|originally\s+)?$/;

// A call, a selection or an appeal as the verb's object: "launched an open call for candidates/nominations".
const CALL_OBJECT =
  /^\s+(?:(?:a|an|the|its|his|her|their|global|open|public|new|formal|first)\s+){0,3}(?:calls?|selection|nominations?|applications?|appeals?|recruitment)\b/i;

// An active verb's object that is the gathering reported on, maybe with a co-organiser after "with".
const ACTIVE_ANAPHOR =
  /^\s+the\s+(?:meeting|session|workshop|event|[Ff]orum|[Cc]onference)\b(?!\s+(?:of|on)\b)(\s+(?:jointly\s+)?with\s+)?/;

const VIA_RESOLUTION = /^\W*(?:[Tt]hrough|[Bb]y|[Uu]nder|[Ii]n)\s+(?:its\s+)?$/;

export function establishedRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, VERB_WORDS)) continue;
    const ss = sentences(p, false);
    for (let si = 0; si < ss.length; si++) {
      const s = ss[si]!;
      establishingResolution(ctx, p, s);
      for (const v of matchesOf(VERB, s.text)) {
        const at = s.start + v.index;
        const after = at + v[0].length;
        // "This CWG was established as a separate group by Council Resolution 1336".
        const passive =
          /^\s*(?:as\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|body|panel|forum)\s+)?by\s+/i.exec(
            ctx.doc.text.slice(after, after + 60),
          );
        const agents: { id: string; start: number; end: number }[] = [];
        let objects: Mention[];
        if (passive) {
          agents.push(...passiveAgents(ctx, after + passive[0].length));
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
          objects =
            subject.some((m) => m.type === 'WorkingGroup') ||
            GROUP_SUBJECT.test(ctx.doc.text.slice(s.start, at))
              ? subject
              : meetings.length > 0
                ? meetings
                : subject;
          // "The meeting is convened by …", "The Forum was … jointly organized by ITU, UNESCO, UNCTAD and UNDP"
          // (WSIS Forum 2011 outcome): the meeting the passage reports on.
          const current = currentMeeting(ctx, p);
          const anaphor =
            /\b[Tt]he (?:meeting|session|consultations?|workshop|event|[Ff]orum|[Cc]onference|[Ss]ummit)\b/.test(
              s.text.slice(0, v.index),
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
          const it = objects.length === 0 ? pronounMeeting(ctx, s, ss[si - 1], p) : undefined;
          if (it) objects = [{ ...it, start: at, end: after }];
          // "This CWG was established by …": the group the document is about.
          const group = ctx.state.get('workingGroup');
          if (objects.length === 0 && group && GROUP_ANAPHOR.test(ctx.doc.text.slice(s.start, at))) {
            const m = ctx.mentions.find((x) => x.id === group);
            if (m) objects = [{ ...m, start: at, end: after }];
          }
        } else {
          // "the Mechanism launched at the … Summit": a participle after its noun, not an active verb (the
          // summit did not set the mechanism up, nor the mechanism the summit).
          if (/^\s+(?:at|during)\b/.test(ctx.doc.text.slice(after, after + 8))) continue;
          // "The UN Secretary-General has launched an open call for candidates to serve on the Independent
          // International Scientific Panel on …" (news of the Panel's call for nominations, 2025): what was
          // launched is the call; the body it fills was set up before, by others.
          if (CALL_OBJECT.test(ctx.doc.text.slice(after, after + 60))) continue;
          agents.push(...activeAgents(ctx, s, at, after));
          objects = mentionsIn(ctx, after, s.end)
            .filter((m) => ESTABLISHED_TARGETS.has(m.type))
            .slice(0, 1);
          // "The Federal Ministry of Communications …, through the Nigerian Internet Registry Authority …,
          // organized the meeting with the Economic Commission for Africa (ECA)" (the third African IGF's report
          // ¶2): the meeting the report is about, and the body after "with" organised it too.
          const theMeeting = ACTIVE_ANAPHOR.exec(ctx.doc.text.slice(after, after + 40));
          const current = theMeeting && objects.length === 0 ? currentMeeting(ctx, p) : undefined;
          const m = current ? ctx.mentions.find((x) => x.id === current) : undefined;
          if (m) {
            objects = [{ ...m, start: at, end: after + theMeeting![0].length }];
            const co = theMeeting![1] ? agentAt(ctx, after + theMeeting![0].length) : undefined;
            if (co && ctx.gazetteer.byId.get(co.id)?.type === 'Organization') agents.push(co);
          }
        }
        // "established … by Council Resolution 1336": the resolution that set it up MANDATES it (not a host's).
        // "Through resolution 73/27, the UN General Assembly established an Open-Ended Working Group" (UN Web
        // TV): the resolution opening the sentence of an active verb.
        const byResolution = passive
          ? mentionsIn(ctx, after, Math.min(s.end, after + passive[0].length + 40), 'Resolution')[0]
          : mentionsIn(ctx, s.start, at, 'Resolution').find((r) =>
              VIA_RESOLUTION.test(ctx.doc.text.slice(s.start, r.start)),
            );
        if (byResolution && !HOST.test(v[0]))
          for (const o of objects)
            addEdge(
              ctx,
              {
                type: 'MANDATES',
                from: byResolution.id,
                to: o.id,
                source: sourceAt(ctx, p, Math.min(o.start, at), byResolution.end),
              },
              'established:by-resolution',
            );
        if (HOST.test(v[0])) {
          hosted(ctx, p, agents, objects, at, after);
          continue;
        }
        for (const o of objects) {
          // A date after a meeting named after the group is the meeting's ("… held in Geneva from 10 to 12 …").
          const meetingAfter = mentionsIn(ctx, o.end, s.end).find((m) => m.type === 'Meeting');
          const dateAfter =
            o.type === 'WorkingGroup'
              ? firstDate(establishmentWindow(ctx.doc.text.slice(o.end, meetingAfter?.start ?? s.end)))?.start
              : undefined;
          for (const a of agents) {
            if (a.id === o.id) continue;
            // "In July 2018, the Secretary-General convened …" (established-date-window.ts frontedDate).
            const date =
              dateAfter ??
              (!passive && o.type === 'WorkingGroup'
                ? frontedDate(ctx.doc.text.slice(s.start, a.start))
                : undefined);
            const source = sourceAt(ctx, p, Math.min(a.start, o.start, at), Math.max(a.end, o.end, after));
            addEdge(
              ctx,
              { type: 'ESTABLISHED', from: a.id, to: o.id, properties: props({ date }), source },
              'established',
            );
          }
        }
      }
    }
  }
}
