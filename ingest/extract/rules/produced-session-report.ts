// A body's report on its own session (MODEL.md PRODUCED): the title block of a functional commission's
// report to the Economic and Social Council names the body on its own line over "Report on the tenth
// session (21-25 May 2007)" (E/2007/31, Official Records Supplement No. 11). The body wrote the report;
// the quote runs from the body's line to the title so that it shows both. A report title with no body
// line right above it, or a body named inside a sentence, says nothing about who wrote it.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { addEdge, type DocContext, mentionsIn } from '../context.ts';
import { isSessionBody } from './session-body.ts';

const REPORT_ON =
  /^[ \t#*]*Report on (?:the|its) (?:[a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th)) session\b[^\n]*/;

export function sessionReport(ctx: DocContext): void {
  const firstPara = ctx.passages.findIndex((p) => p.kind === 'paragraph');
  const end = Math.min(firstPara < 0 ? ctx.passages.length : firstPara, ctx.passages.length, 12);
  for (let i = 1; i < end; i++) {
    const p = ctx.passages[i]!;
    const title = REPORT_ON.exec(p.text);
    if (!title) continue;
    // The line right above: the passage before holds the body's name and nothing else.
    const above = ctx.passages[i - 1]!;
    const body = mentionsIn(ctx, above.start, above.end, 'Organization').find(
      (m) => isSessionBody(m) && above.text.trim() === ctx.doc.text.slice(m.start, m.end).trim(),
    );
    if (!body) return;
    const quote = ctx.doc.text.slice(body.start, p.start + title.index + title[0].length).trim();
    if (quote.length > MAX_QUOTE_LENGTH) return;
    addEdge(
      ctx,
      {
        type: 'PRODUCED',
        from: body.id,
        to: ctx.info.id,
        source: { document: ctx.info.id, locator: above.locator, quote },
      },
      'produced:session-report',
    );
    return;
  }
}
