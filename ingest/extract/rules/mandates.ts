// Mandates (MODEL.md MANDATES, issue 3 item 3): a resolution that "requested
// the Chair of the Commission … to establish a working group", "invites the
// Chair of CSTD to establish a working group", "invited the Chair … to convene
// a one-day … meeting", "requested the Secretary-General to include
// information …". The resolution MANDATES the body addressed and what it is
// asked to set up; "pursuant to this request" carries the mandate to what is
// then established; instruments and themes named in the request are what the
// resolution REFERENCES and ADDRESSES.

import { props } from '../claims.ts';
import { addEdge, type DocContext, type Mention, mentionsIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { agentAt } from './agents.ts';
import { citesLater } from './cites-later.ts';
import { mandatedMention } from './mandated-mentions.ts';
import { mandateCovered } from './mandates-covered.ts';
import { sessionBeside } from './mandates-margins.ts';
import { operative } from './mandates-operative.ts';
import { ownSession } from './mandates-own-session.ts';
import { paragraphSubject } from './mandates-paragraph-subject.ts';
import { partnerAt } from './mandates-partners.ts';
import { plannedSession } from './mandates-plans.ts';
import { pursuant } from './mandates-pursuant.ts';
import { futurePassive, reportedRequest } from './mandates-reported.ts';
import { headedResolution, quotedResolution, selfAt, symbolOf } from './mandates-requester.ts';
import { mentionsWithId } from './mentions-by-id.ts';
import { preambleEnd } from './preamble-clauses.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// Also a resolution recalled for what it set up: "resolution 1992/62 of 31 July 1992, by which the Council
// established the Commission on Science and Technology for Development" (ECOSOC resolution 2006/46).
const REQUEST =
  /\b(?:requested|requests|request|invited|invites|called upon|calls upon|call upon|mandated|mandates|tasked|decided|decides|encouraged|(?:by which|whereby)\s+(?:the\s+(?:Council|Assembly|Commission)|it)\s+(?:established|created|set up))\s+(?:the\s+)?/g;
const WORDS = triggerWords([
  'request',
  'invite',
  'call',
  'mandate',
  'tasked',
  'decide',
  'encourage',
  'by which',
  'whereby',
]);
const PARAGRAPH = /\b[Pp]aragraph\s+(\d+)\s+of\s+(?:the\s+)?[^.;]{0,60}$/;

export function mandatesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    // The requests and "pursuant to this request" need one of these words; operative paragraphs are read anyway.
    if (!hasTrigger(p, WORDS)) {
      operative(ctx, p);
      continue;
    }
    for (const s of sentences(p)) {
      const resolutions = mentionsIn(ctx, s.start, s.end, 'Resolution').filter(
        (r) => !/Agenda|Declaration|Plan of Action/.test(r.name),
      );
      const opening = paragraphSubject(ctx, s);
      for (const rq of matchesOf(REQUEST, s.text)) {
        const at = s.start + rq.index;
        if (reportedRequest(ctx.doc.text, at, rq[0])) continue;
        // What is requested ends with its preambular paragraph (preamble-clauses.ts).
        const end = preambleEnd(ctx.doc.text, at, s.end);
        const last = resolutions.filter((r) => r.start < at).pop();
        const clause = last !== undefined && inParticipleClause(ctx, s.start, last, at);
        // "Paragraph 111 of the Tunis Agenda, endorsed by … resolution 60/252, requested …": the paragraph's instrument.
        const subject =
          opening && opening.res.start < at && (!last || last.id === opening.res.id || clause)
            ? opening
            : undefined;
        if (clause && !subject) continue;
        const res =
          subject?.res ??
          last ??
          (resolutions.length === 0 && /\bWe\s+(?:accordingly\s+)?$/.test(ctx.doc.text.slice(at - 14, at))
            ? quotedResolution(ctx, p)
            : undefined) ??
          (resolutions.length === 0 && /^\W{0,4}[“"]$/.test(ctx.doc.text.slice(s.start, at).trim().slice(-1))
            ? headedResolution(ctx, p)
            : undefined) ??
          selfAt(ctx, p, s.start);
        if (!res || (res.id !== ctx.state.get('selfResolution') && futurePassive(ctx.doc.text, at))) continue;
        const own = res.id === ctx.state.get('selfResolution') && res.start === s.start;
        const paragraph = subject
          ? subject.paragraph
          : own
            ? /^para (\d+)/.exec(p.locator)?.[1]
            : (PARAGRAPH.exec(ctx.doc.text.slice(s.start, res.start))?.[1] ?? paragraphOf(ctx, res));
        const addressee = agentAt(
          ctx,
          at + rq[0].length - 4 < at ? at : at + rq[0].length - (/the\s+$/.test(rq[0]) ? 4 : 0),
        );
        const source = sourceAt(ctx, p, res.start, Math.min(end, at + rq[0].length + 120));
        const mandated: string[] = [];
        if (addressee && !addressee.id.startsWith('person:')) mandated.push(addressee.id);
        const tail = ctx.doc.text.slice(at, end);
        if (
          /\bto\s+(?:establish|set\s+up|create|constitute)\s+a\s+working\s+group\b/i.test(tail) &&
          ctx.state.get('workingGroup')
        )
          mandated.push(ctx.state.get('workingGroup')!);
        // Not a partner beside the addressee ("in consultation with the Working Group …", mandates-partners.ts)
        // nor a later session only planned for ("may be considered … at its eighty-second session", mandates-plans.ts),
        // nor one a mandated meeting is held beside ("in the margins of the … session", mandates-margins.ts).
        for (const m of mentionsIn(ctx, at, end))
          if (
            mandatedMention(ctx, at, m) &&
            !partnerAt(ctx.doc.text, at, m.start) &&
            !(
              m.type === 'Meeting' &&
              (plannedSession(ctx.doc.text, s.start, m.start, m.end) ||
                sessionBeside(ctx.doc.text, s.start, m.start))
            )
          )
            mandated.push(m.id);
        // "… to establish a working group", "to convene …": the addressee sets it up.
        if (
          addressee &&
          !addressee.id.startsWith('person:') &&
          /^\W*\w*\s*(?:[^.;]{0,80}?)\bto\s+(?:establish|convene|set up|create)\b/i.test(tail)
        )
          for (const id of mandated.filter((x) => x !== addressee.id && !ownSession(ctx, at, end, x)))
            addEdge(ctx, { type: 'ESTABLISHED', from: addressee.id, to: id, source }, 'mandates:established');
        // "… to develop recommendations on how to further implement enhanced cooperation": the process.
        mandateCovered(ctx, p, res.id, at, end, paragraph);
        for (const id of new Set(mandated))
          addEdge(
            ctx,
            { type: 'MANDATES', from: res.id, to: id, properties: props({ paragraph }), source },
            'mandates',
          );
        for (const m of mentionsIn(ctx, at, end)) {
          if (m.type === 'Resolution' && m.id !== res.id && !citesLater(symbolOf(ctx, res), m.name))
            addEdge(
              ctx,
              { type: 'REFERENCES', from: res.id, to: m.id, source: sourceAt(ctx, p, res.start, m.end) },
              'mandates:references',
            );
          if (m.type === 'Theme')
            addEdge(
              ctx,
              { type: 'ADDRESSES', from: res.id, to: m.id, source: sourceAt(ctx, p, at, m.end) },
              'mandates:addresses',
            );
        }
        ctx.state.set('lastMandate', res.id);
      }
      pursuant(ctx, p, s);
    }
    operative(ctx, p);
  }
}

// "Paragraph 111 of the Tunis Agenda, endorsed by the General Assembly in resolution 60/252, requested
// the General Assembly to …" (WSIS review background notes): the resolution sits in a participial clause
// between commas; the subject that requests is the text before it, not the resolution. So for a resolution
// recalled or acted on by another body (q105): "the Ad Hoc Committee, recalling paragraph 9 of General
// Assembly resolution 75/282 of 26 May 2021, decided to approve …" (a UNODC page, u101): the committee decides.
const CLAUSE_OPEN =
  /,\s*(?:as\s+)?(?:endorsed|adopted|approved|welcomed|reaffirmed|annexed|contained|recalling|noting|reaffirming|recognizing|recognising|bearing\s+in\s+mind|taking\s+into\s+account|acting\s+(?:pursuant|under)|pursuant\s+to|in\s+accordance\s+with|in\s+line\s+with|further\s+to)\b[^,;]*$/;
const CLAUSE_CLOSE = /^[^,;]{0,30},\s*$/;

function inParticipleClause(ctx: DocContext, from: number, res: Mention, at: number): boolean {
  const text = ctx.doc.text;
  return CLAUSE_OPEN.test(text.slice(from, res.start)) && CLAUSE_CLOSE.test(text.slice(res.end, at));
}

/** "(A/RES/70/125, paragraph 65)" or "paragraph 65 of … A/RES/70/125" elsewhere in the document. */
function paragraphOf(ctx: DocContext, res: Mention): string | undefined {
  for (const m of mentionsWithId(ctx, res.id)) {
    const after = /^,?\s*paragraph\s+(\d+)/.exec(ctx.doc.text.slice(m.end, m.end + 20));
    if (after) return after[1];
    const before = PARAGRAPH.exec(ctx.doc.text.slice(Math.max(0, m.start - 80), m.start));
    if (before) return before[1];
  }
  return undefined;
}
