// Who produced a text (MODEL.md PRODUCED): "This report has been prepared by
// the Chair of …", "Prepared by the UNCTAD secretariat", "Report of the
// Secretary-General" in the masthead (also flattened onto one line), the signatory under "(signed)" or the
// owner of the e-mail closing a presentation, "the Report of the
// Secretary-General … (A/67/66-E/2012/49)", "General Assembly resolution
// 70/125", "the resultant resolution (E/RES/2019/254)" of a session, and "the
// Havana Declaration, which was recently adopted by … the Group of 77". The signatory and the bodies named
// with a resolution's symbol, noted by other rules, are read last (produced-recorded.ts).

import { addEdge, type DocContext, type Mention, mentionsIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { agentAt } from './agents.ts';
import { ownSymbolNext } from './document-headline-symbol.ts';
import { opensPreamble } from './preamble-clauses.ts';
import { antecedentReport } from './produced-antecedent.ts';
import { resultant } from './produced-by-meeting.ts';
import { beforeSummaryHeading, firstBlock, inFlatMasthead } from './produced-flat-masthead.ts';
import { groupReport } from './produced-group-report.ts';
import { nearestList, unnamedObject } from './produced-participle.ts';
import { recommendedIn } from './produced-recommendation.ts';
import { recordedProducers } from './produced-recorded.ts';
import { selfReportGroup } from './produced-self-group.ts';
import { sessionReport } from './produced-session-report.ts';
import { insideQuotes } from './quoted.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// The passages a masthead's title block can stand in (a web copy puts page furniture above it).
const MASTHEAD_PASSAGES = 30;
const BY = /\b(?:prepared|submitted|issued|produced|written|adopted)\s+by\s+/gi;
// "Report of the Secretary-General", and a note's masthead: "Note by the Secretary-General" (A/65/… notes).
// "Report by the Secretary-General" (E/CN.16/2004/2, a Commission document of 2004) is the same.
const REPORT_OF = /\b(?:[Rr]eport (?:of|by)|Note (?:of|by)) (?=the\s)/g;
// "The report has been prepared by the UNCTAD secretariat" (A/66/64–E/2011/77 summary): a sentence whose
// subject is the report, with its verb, speaks of the document itself.
const SELF_SUBJECT =
  /^\W*(?:The|This|The present)\s+(?:report|note|document|paper)\s+(?:has been|was|is|had been)\s*$/;
// "It has been prepared by the United Nations Conference on Trade and Development (UNCTAD) secretariat"
// (A/70/63–E/2015/10, executive summary): "It" there is the report; only a verb of writing says so, not
// "It was adopted by …" (a resolution's).
const IT_PREPARED = /^\W*It\s+(?:has been|was|had been)\s*$/;
// A masthead's label of what the text is, then its author: "Summary report prepared by the UNCTAD secretariat"
// (E/CN.16/2011/CRP.1, a Commission panel's summary, its masthead run onto one line), "Issues paper prepared by
// …". Capitalised, after a date, a figure or a mark, no word before it: a label, not "the Summary report prepared
// by …" (another text named in a sentence).
const KIND_LABEL =
  /(?:^|[^\p{L}\s]\s*|\d\s+)(?:Summary|Issues|Background|Synthesis)\s+(?:report|paper|note)\s+$/u;
const firstParaOr = (first: number): number => (first < 0 ? Number.POSITIVE_INFINITY : first);
// Every expression of the sentence loop needs one of these words: other passages are skipped.
const WORDS = triggerWords([
  'prepared',
  'submitted',
  'issued',
  'produced',
  'written',
  'adopted',
  'report of',
  'report by',
  'note of',
  'note by',
  'recommendation of',
  'resultant',
  'resulting',
]);

export function producedRule(ctx: DocContext): void {
  const doc = ctx.info.id;
  const firstPara = ctx.passages.findIndex((p) => p.kind === 'paragraph');
  ctx.passages.forEach((p, i) => {
    if (!hasTrigger(p, WORDS)) return;
    for (const s of sentences(p)) {
      // A second "adopted by" takes only what follows the first: "the Cartagena Commitment, adopted by
      // UNCTAD at its eighth session, the recommendations adopted by the United Nations Conference on
      // Environment and Development" (GA resolution 48/179): the Commitment is not the second body's.
      let from = s.start;
      for (const m of matchesOf(BY, s.text)) {
        const at = s.start + m.index + m[0].length;
        const targetsFrom = from;
        from = at;
        const agent = agentAt(ctx, at);
        const before = s.text.slice(0, m.index);
        if (!agent) {
          // "This report has been produced by the Working Group on …": the group wrote this document.
          const group = SELF_SUBJECT.test(before) ? selfReportGroup(ctx, at) : undefined;
          if (group && targetsFrom === s.start)
            addEdge(
              ctx,
              { type: 'PRODUCED', from: group.id, to: doc, source: sourceAt(ctx, p, s.start, group.end) },
              'produced:self-group',
            );
          continue;
        }
        const source = sourceAt(ctx, p, s.start + m.index, agent.end);
        const targets = nearestList(
          ctx,
          mentionsIn(ctx, targetsFrom, s.start + m.index).filter(
            (x) => x.type === 'Resolution' || x.type === 'Document',
          ),
          s.start + m.index,
        );
        if (unnamedObject(ctx, targets, s.start + m.index)) continue;
        if (targets.length > 0)
          for (const t of targets) {
            addEdge(ctx, { type: 'PRODUCED', from: agent.id, to: t.id, source }, 'produced:by');
            // "(A/C.2/70/L.4/Rev.1), submitted by Andorra, Argentina, Armenia, Australia and Austria"
            // (A/70/474/Add.2 ¶3): every sponsor listed.
            for (const co of coAgents(ctx, agent, s.end))
              addEdge(
                ctx,
                {
                  type: 'PRODUCED',
                  from: co.id,
                  to: t.id,
                  source: sourceAt(ctx, p, s.start + m.index, co.end),
                },
                'produced:by',
              );
          }
        // "Recalling all previous resolutions adopted by the General Assembly …" (an HRC resolution's preamble,
        // a copy setting each line apart so the line reads as a heading): what others adopted, not this text.
        else if (targetsFrom === s.start && !opensPreamble(before)) {
          // "The report was prepared by …" right after a sentence citing a report: that report's author.
          const cited = antecedentReport(ctx, p, s.start, before);
          if (cited)
            addEdge(ctx, { type: 'PRODUCED', from: agent.id, to: cited.id, source }, 'produced:antecedent');
          else if (
            /\b(?:this|the present)\s+(?:report|document|note|paper)\b/i.test(before) ||
            SELF_SUBJECT.test(before) ||
            (IT_PREPARED.test(before) && /^(?:prepared|written)\b/i.test(m[0])) ||
            (KIND_LABEL.test(before) &&
              /^prepared\b/i.test(m[0]) &&
              i < MASTHEAD_PASSAGES &&
              i <= firstParaOr(firstPara)) ||
            /^\s*\W*$/.test(before) ||
            (i < firstPara && p.kind === 'heading')
          )
            addEdge(ctx, { type: 'PRODUCED', from: agent.id, to: doc, source }, 'produced:by');
        }
      }
      for (const m of matchesOf(REPORT_OF, s.text)) {
        const at = s.start + m.index + m[0].length;
        // "the item entitled “Report of the Economic and Social Council”": a title, not a report of it.
        if (insideQuotes(ctx.doc.text, s.start, s.start + m.index)) continue;
        const agent = agentAt(ctx, at);
        if (!agent) {
          groupReport(ctx, p, s.start + m.index, at);
          continue;
        }
        const source = sourceAt(ctx, p, s.start + m.index, agent.end);
        const sym = mentionsIn(ctx, agent.end, s.end).find((x) => x.type === 'Document');
        if (sym) addEdge(ctx, { type: 'PRODUCED', from: agent.id, to: sym.id, source }, 'produced:report-of');
        else if (
          ((firstPara < 0 || i < firstPara) && p.kind === 'heading' && m.index < 3) ||
          // "… - Report of the Office of … (A/HRC/50/55) [EN/AR/RU/ZH]": a page's headline giving the document's
          // own symbol right after the author (document-headline-symbol.ts).
          ownSymbolNext(ctx, agent.end) ||
          (firstBlock(ctx.passages, i) && inFlatMasthead(ctx.doc.text, p.start, s.start + m.index)) ||
          ((firstPara < 0 || i < firstPara) &&
            i < MASTHEAD_PASSAGES &&
            beforeSummaryHeading(ctx.doc.text, s.start, s.start + m.index, agent.end))
        )
          addEdge(ctx, { type: 'PRODUCED', from: agent.id, to: doc, source }, 'produced:masthead');
      }
      recommendedIn(ctx, p, s);
      resultant(ctx, p, s);
    }
  });
  sessionReport(ctx);
  recordedProducers(ctx);
}

/** The bodies listed after the first agent: "X, Y and Z" (commas and "and" only between them). */
function coAgents(
  ctx: DocContext,
  first: { readonly id: string; readonly end: number },
  end: number,
): Mention[] {
  if (!first.id.startsWith('organization:')) return [];
  const out: Mention[] = [];
  let at = first.end;
  for (const m of mentionsIn(ctx, first.end, end, 'Organization')) {
    if (m.start < at) continue;
    if (!/^(?:\s*,\s*|\s*,?\s+and\s+)(?:the\s+)?$/.test(ctx.doc.text.slice(at, m.start))) break;
    out.push(m);
    at = m.end;
  }
  return out;
}
