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
import { passiveObjects } from './established-passive-objects.ts';
import { ESTABLISHED_TARGETS, establishingResolution } from './establishing-resolution.ts';
import { hosted } from './hosted.ts';
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
          objects = passiveObjects(ctx, p, s, ss[si - 1], at, after);
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
