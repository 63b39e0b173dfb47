// The Rapporteur on a Main Committee report's masthead: "Report of the Second Committee" then
// "Rapporteur: Mr. X (Suriname)" (A/66/433, A/70/474/Add.2). The Rapporteur is an officer of the
// Committee, no chair (MODEL.md CHAIRED roles): a post held in it, AFFILIATED_WITH titled "Rapporteur".
// Only in the document's opening lines, right under the "Report of the <body>" line; the quote runs from
// that line to the name.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext, lastMentionBefore, mentionsStartingIn } from '../context.ts';
import { stripHonorific } from './roles.ts';

const LINE = /^\s*Rapporteur\s*:/;
const REPORT_OF = /^\s*Report of the\s+$/;
const MASTHEAD_PASSAGES = 20;

// A masthead a document-sharing site ran into one line: "… Agenda item 16 Information and communications
// technologies for development Report of the Second Committee Rapporteur: Mr. Raymond Landveld (Suriname) I.
// Introduction 1. At its 2nd plenary meeting, …" (a web copy of the Second Committee's report of 2011). The
// same words in a row: "Report of the <body>", "Rapporteur:", the name.
const INLINE = /\bRapporteur\s*:\s*/g;
const REPORT_OF_INLINE = /\bReport of the\s+$/;

/** The Rapporteur's post in the body whose report the masthead heads, cited by the masthead's words. */
function rapporteurOf(
  ctx: DocContext,
  p: DocContext['passages'][number],
  person: string,
  body: string,
  quote: string,
): void {
  addEdge(
    ctx,
    {
      type: 'AFFILIATED_WITH',
      from: person,
      to: body,
      properties: props({ title: 'Rapporteur' }),
      source: { document: ctx.info.id, locator: p.locator, quote },
    },
    'rapporteur-mastheads',
  );
}

function inlineMasthead(ctx: DocContext, p: DocContext['passages'][number]): void {
  for (const m of p.text.matchAll(INLINE)) {
    const at = p.start + m.index;
    const after = at + m[0].length;
    const body = lastMentionBefore(
      ctx,
      at,
      (x) => x.type === 'Organization' || x.type === 'WorkingGroup',
      Math.max(p.start, at - 120),
    );
    if (!body || !/^\s+$/.test(ctx.doc.text.slice(body.end, at))) continue;
    const from = ctx.doc.text.lastIndexOf('Report of the', body.start);
    if (from < p.start || !REPORT_OF_INLINE.test(ctx.doc.text.slice(from, body.start))) continue;
    const person = mentionsStartingIn(ctx, after, Math.min(p.end, after + 30)).find(
      (x) => x.type === 'Person' && /^\s*$/.test(stripHonorific(ctx.doc.text.slice(after, x.start))),
    );
    if (!person) continue;
    const state = /^\s*\([^()\n]{2,60}\)/.exec(ctx.doc.text.slice(person.end, person.end + 64));
    const quote = ctx.doc.text.slice(from, person.end + (state?.[0].length ?? 0));
    if (quote.length > MAX_QUOTE_LENGTH) continue;
    rapporteurOf(ctx, p, person.id, body.id, quote);
  }
}

export function rapporteurMastheadsRule(ctx: DocContext): void {
  for (const p of ctx.passages.slice(0, MASTHEAD_PASSAGES)) {
    if (!LINE.test(p.text)) {
      if (p.text.includes('Rapporteur') && p.text.includes('Report of the')) inlineMasthead(ctx, p);
      continue;
    }
    if (p.text.includes('\n')) continue;
    const after = p.start + p.text.indexOf(':') + 1;
    const person = mentionsStartingIn(ctx, after, Math.min(p.end, after + 30)).find(
      (x) =>
        x.type === 'Person' &&
        x.end <= p.end &&
        /^\s*$/.test(stripHonorific(ctx.doc.text.slice(after, x.start))),
    );
    // The name and at most its Member State in brackets: the line is the masthead's, not a sentence.
    if (!person || !/^\s*(?:\([^()\n]{2,60}\))?\s*$/.test(ctx.doc.text.slice(person.end, p.end))) continue;
    // The body in "Report of the <body>", the line right above (a blank line may part them).
    const body = lastMentionBefore(
      ctx,
      p.start,
      (x) => x.type === 'Organization' || x.type === 'WorkingGroup',
      p.start - MAX_QUOTE_LENGTH,
    );
    if (!body) continue;
    const lineStart = ctx.doc.text.lastIndexOf('\n', body.start) + 1;
    if (!REPORT_OF.test(ctx.doc.text.slice(lineStart, body.start))) continue;
    if (!/^[\s*]*$/.test(ctx.doc.text.slice(body.end, p.start))) continue;
    const quote = ctx.doc.text.slice(lineStart, p.end).trim();
    if (quote.length > MAX_QUOTE_LENGTH) continue;
    rapporteurOf(ctx, p, person.id, body.id, quote);
  }
}
