// Reporting lines (MODEL.md REPORTS_TO): "the reporting of the Working Group
// to the twenty-first session of the Commission", "The group shall submit a
// report to the Commission … at its twenty-first session", "the annual report
// of the Commission … to the Economic and Social Council", "the CSTD should
// submit a report, through ECOSOC, to the General Assembly" (to both); "The Commission reports to the
// Council"; "the CSTD is a subsidiary body of the Economic and Social Council".

import {
  addEdge,
  claimedProperty,
  type DocContext,
  type Mention,
  mentionsStartingIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { partnerAt } from './mandates-partners.ts';
import {
  namedAside,
  qualifiesMembers,
  qualifiesPost,
  qualifiesReview,
  toOfNoun,
} from './reports-to-clauses.ts';

const REPORT = /\breport(?:s|ing|ed)?\b/g;
// "The CSTD is a subsidiary body of the Economic and Social Council", "a functional commission of the
// Council": an ECOSOC subsidiary body reports to it (Charter Art. 68; ECOSOC rules of procedure, rule 24).
const SUBSIDIARY =
  /^[\s,]*(?:\([^)]*\)\s*)?(?:,\s*)?(?:(?:is|was|as|has been|became|remains)\s+)?(?:a|an|the|one of the)\s+(?:(?:standing|permanent|functional|intergovernmental|technical)\s+)?(?:subsidiary\s+(?:body|bodies|organ|organs)|functional\s+commissions?)\s+of\s+(?:the\s+)?/;
const FROM = new Set(['WorkingGroup', 'Organization']);
// "report to UN Member States" (Tunis Agenda ¶75): the body's name qualifies the States reported to.
const QUALIFIES_STATES = /^\s+(?:[Mm]ember\s+[Ss]tates|[Mm]embers)\b/;

/** A target that is no body reported to: a Member State, or a name qualifying "Member States". */
function notTheBody(ctx: DocContext, target: Mention): boolean {
  if (claimedProperty(ctx, target.id, 'kind') === 'member-state') return true;
  const after = ctx.doc.text.slice(target.end, target.end + 24);
  return QUALIFIES_STATES.test(after) || qualifiesReview(after);
}
const TO = new Set(['Organization', 'Meeting']);

function mentionStartingAt(ctx: DocContext, at: number, types: Set<string>): Mention | undefined {
  return mentionsStartingIn(ctx, at, at + 1)
    .filter((m) => types.has(m.type))
    .sort((a, b) => b.end - a.end)[0];
}

/**
 * A body named after "by" is the agent of a passive verb, not who reports: "The CSTD, hosted by UNCTAD,
 * … has been requested by the Economic and Social Council Resolution E/RES/2023/3 to … report thereon,
 * through the Council, to the General Assembly" (the CSTD reports, not the Council); one after
 * "through" is the channel ("The CSTD is further requested to submit, through the Council, its report").
 */
function agentOfPassive(ctx: DocContext, m: Mention): boolean {
  return /\b(?:by|through|via)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?$/.test(
    ctx.doc.text.slice(Math.max(0, m.start - 24), m.start),
  );
}

/** The last body named before `at` in the sentence that is not an agent (nor the agent restated, "(UNCTAD)", nor a partner). */
function subjectBefore(ctx: DocContext, from: number, at: number): Mention | undefined {
  const before = mentionsStartingIn(ctx, from, at).filter((m) => FROM.has(m.type) && m.end <= at);
  const agents = new Set(
    before
      .filter(
        (m) =>
          agentOfPassive(ctx, m) ||
          namedAside(ctx, m, from) ||
          // A partner of the body asked to report is not the one reporting: "We request the action line
          // facilitators, in coordination with the United Nations Group on the Information Society, to develop
          // … and to report on the outcomes of this work to the Commission …" (A/RES/80/173 ¶113; ¶117 "with
          // the support of the Statistical Commission") had UNGIS and the Statistical Commission report.
          partnerAt(ctx.doc.text, from, m.start) ||
          qualifiesMembers(ctx.doc.text.slice(m.end, m.end + 32)),
      )
      .map((m) => m.id),
  );
  return before.filter((m) => !agents.has(m.id)).sort((a, b) => b.start - a.start)[0];
}

export function reportsToRule(ctx: DocContext): void {
  subsidiaryBodies(ctx);
  for (const p of ctx.passages) {
    if (!p.text.includes('report')) continue;
    for (const s of sentences(p)) {
      for (const r of matchesOf(REPORT, s.text)) {
        const at = s.start + r.index;
        const after = ctx.doc.text.slice(at + r[0].length, Math.min(s.end, at + r[0].length + 220));
        const of = /^\s+of\s+(?:the\s+)?/.exec(after);
        const subject = of
          ? mentionStartingAt(ctx, at + r[0].length + of[0].length, FROM)
          : subjectBefore(ctx, s.start, at);
        // "• report to CSTD on its 17th session" under a group's mandate: the group the document is about.
        const wg = ctx.state.get('workingGroup');
        const bare =
          !subject &&
          wg &&
          /^\W*(?:to\s+)?report\b/i.test(
            ctx.doc.text.slice(p.start, at + r[0].length).replace(/^[\s•\-–]+/, ''),
          );
        const from = subject ?? (bare ? ctx.mentions.find((m) => m.id === wg) : undefined);
        // A Member State's national report ("Kenya had reported to the Human Rights Council on its
        // strategy") is no reporting line of a subsidiary body.
        if (!from || claimedProperty(ctx, from.id, 'kind') === 'member-state') continue;
        // "UN High Commissioner for Human Rights submit a report": the post's holder reports (reports-to-clauses.ts).
        if (qualifiesPost(ctx.doc.text.slice(from.end, from.end + 40))) continue;
        for (const t of after.matchAll(/\b(to|through)\s+(?:the\s+)?/g)) {
          // "to the Council": a body named back by its noun is a mention starting at the article.
          const tAt = at + r[0].length + t.index;
          // "as a major contribution to the General Assembly review": the noun's "to", not the report's.
          if (t[1] === 'to' && toOfNoun(after.slice(0, t.index))) continue;
          const target =
            mentionStartingAt(ctx, tAt + t[0].length, TO) ??
            mentionStartingAt(ctx, tAt + t[1]!.length + 1, TO);
          if (!target || target.id === from.id || notTheBody(ctx, target)) continue;
          const source = sourceAt(ctx, p, subject ? Math.min(subject.start, at) : at, target.end);
          // "… to the Commission … at its twenty-first session": the session is the target.
          const session = /^[^.;]{0,90}?\b(?:at|on) its\s+/.exec(ctx.doc.text.slice(target.end, s.end));
          const meeting = session
            ? (mentionStartingAt(ctx, target.end + session[0].length - 4, new Set(['Meeting'])) ??
              mentionsStartingIn(ctx, target.end, target.end + session[0].length + 2).find(
                (m) => m.type === 'Meeting',
              ))
            : undefined;
          // A session this document does not date is known only by its body: report to the body.
          const dated = meeting && claimedProperty(ctx, meeting.id, 'startDate') !== undefined;
          addEdge(
            ctx,
            { type: 'REPORTS_TO', from: from.id, to: dated ? meeting.id : target.id, source },
            'reports-to',
          );
          if (t[1] === 'to') break;
        }
      }
    }
  }
}

/** "<body> is a subsidiary body of <body>": the first reports to the second. */
function subsidiaryBodies(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!p.text.includes('subsidiary') && !p.text.includes('functional commission')) continue;
    for (const s of sentences(p)) {
      for (const from of mentionsStartingIn(ctx, s.start, s.end)) {
        if (!FROM.has(from.type) || from.end > s.end) continue;
        const rel = SUBSIDIARY.exec(ctx.doc.text.slice(from.end, Math.min(s.end, from.end + 120)));
        if (!rel) continue;
        const at = from.end + rel[0].length;
        const target = mentionStartingAt(ctx, at, TO) ?? mentionStartingAt(ctx, at - 4, TO);
        if (!target || target.id === from.id || target.type !== 'Organization') continue;
        addEdge(
          ctx,
          {
            type: 'REPORTS_TO',
            from: from.id,
            to: target.id,
            source: sourceAt(ctx, p, from.start, target.end),
          },
          'reports-to:subsidiary',
        );
      }
    }
  }
}
