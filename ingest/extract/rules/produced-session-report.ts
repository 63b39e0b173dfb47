// A body's report on its own session (MODEL.md PRODUCED): the title block of a functional commission's
// report to the Economic and Social Council names the body on its own line over "Report on the tenth
// session (21-25 May 2007)" (E/2007/31, Official Records Supplement No. 11). The body wrote the report;
// the quote runs from the body's line to the title so that it shows both. A report title with no body
// line right above it, or a body named inside a sentence, says nothing about who wrote it. A copy without
// blank lines keeps the body's line and the title in one block ("Commission on Science and Technology for
// Development" / "Report on the eighteenth session (4-8 May 2015)" / "Supplement No. 11"): the line above
// inside the block counts as the block above does.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { addEdge, type DocContext, mentionsIn } from '../context.ts';
import { isSessionBody } from './session-body.ts';

// How many opening passages the cover may take: a document-sharing site's copy puts its own header lines
// ("Date post: …", "Upload: others", "Category:", "Transcript", "Page 1: …") and a first run-together copy of
// the cover above the cover's lines, which put "Report on the fifteenth session (21-25 May 2012)" thirteenth
// (E/2012/31-E/CN.16/2012/4, E/2020/31-E/CN.16/2020/4 on vdocuments.mx, documents.pub).
const COVER_PASSAGES = 24;

const REPORT_ON =
  /^[ \t#*]*Report on (?:the|its) (?:[a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th)) session\b[^\n]*/m;

export function sessionReport(ctx: DocContext): void {
  const firstPara = ctx.passages.findIndex((p) => p.kind === 'paragraph');
  const end = Math.min(firstPara < 0 ? ctx.passages.length : firstPara, ctx.passages.length, COVER_PASSAGES);
  for (let i = 0; i < end; i++) {
    const p = ctx.passages[i]!;
    const title = REPORT_ON.exec(p.text);
    if (!title) continue;
    // The line right above: the line before it in the block, else the passage before, holding the body's
    // name and nothing else.
    const lineStart = p.start + title.index;
    const inBlock = title.index > 0;
    if (!inBlock && i === 0) return;
    const above = inBlock
      ? { start: p.start + p.text.lastIndexOf('\n', title.index - 2) + 1, end: lineStart - 1 }
      : ctx.passages[i - 1]!;
    const aboveText = ctx.doc.text.slice(above.start, above.end);
    const body = mentionsIn(ctx, above.start, above.end, 'Organization').find(
      (m) => isSessionBody(m) && aboveText.trim() === ctx.doc.text.slice(m.start, m.end).trim(),
    );
    if (!body) return;
    const quote = ctx.doc.text.slice(body.start, lineStart + title[0].length).trim();
    if (quote.length > MAX_QUOTE_LENGTH) return;
    addEdge(
      ctx,
      {
        type: 'PRODUCED',
        from: body.id,
        to: ctx.info.id,
        source: { document: ctx.info.id, locator: inBlock ? p.locator : ctx.passages[i - 1]!.locator, quote },
      },
      'produced:session-report',
    );
    return;
  }
}
