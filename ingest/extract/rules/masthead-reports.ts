// The organs a report is addressed to (MODEL.md REPORTS_TO): a UN document's
// masthead names, each alone on a line, the organs it is issued to ("General
// Assembly", "Economic and Social Council", each with its session and agenda
// item) and, in its title block, "Report of the Secretary-General". The author
// named in the masthead reports to each organ so named (A/67/66/Add.1–E/2012/49/Add.1).

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';

const TO = new Set(['Organization']);
// A line holding nothing but a body's name (markup and spaces aside).
const ONLY_MARKUP = /^[\s*#_]*$/;

export function mastheadReportsRule(ctx: DocContext): void {
  const authors = ctx.claims.edges.filter((e) => e.rule === 'produced:masthead' && e.to === ctx.info.id);
  if (authors.length === 0) return;
  const bodyStart = ctx.passages.findIndex((p) => p.kind === 'paragraph');
  const masthead = ctx.passages.slice(0, bodyStart < 0 ? 12 : bodyStart);
  for (const p of masthead) {
    if (p.kind !== 'heading' && p.kind !== 'text') continue;
    for (const line of lines(p)) {
      const orgs = mentionsIn(ctx, line.start, line.end).filter((m) => TO.has(m.type));
      if (orgs.length !== 1) continue;
      const o = orgs[0]!;
      // "United Nations" heading every UN document is the letterhead, not an organ the report goes to.
      if (ctx.gazetteer.byId.get(o.id)?.kind === 'intergovernmental') continue;
      const rest = ctx.doc.text.slice(line.start, o.start) + ctx.doc.text.slice(o.end, line.end);
      if (!ONLY_MARKUP.test(rest)) continue;
      for (const a of authors)
        if (a.from !== o.id)
          addEdge(
            ctx,
            { type: 'REPORTS_TO', from: a.from, to: o.id, source: sourceAt(ctx, p, o.start, o.end) },
            'reports-to:masthead',
          );
    }
  }
}

function lines(p: { start: number; text: string }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const l of p.text.split('\n')) {
    out.push({ start: p.start + at, end: p.start + at + l.length });
    at += l.length + 1;
  }
  return out;
}
