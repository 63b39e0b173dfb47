// A table of issues and their categories in a meeting's results (MODEL.md
// ADDRESSES): under a header row "No Issues Categories Grouping …", rows such
// as "2 Combating cybercrime Cybercrime" map the issues the meeting worked
// through (WGEC 2013–2014 Chair's slides, results of the 2nd meeting). The
// known themes the rows name are taken up by the meeting reported on.

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { currentMeeting } from './current-meeting.ts';

// A header row: the issues (or topics, themes) column followed by a category (grouping, cluster) column.
const HEADER =
  /^\s*(?:No\.?\s+|#\s+)?(?:Issues?|Topics?|Themes?)\s+(?:Categor(?:y|ies)|Groupings?|Clusters?)\b/i;
const MAX_ROWS = 40;
const MAX_ROW_LENGTH = 120;

export function themeTablesRule(ctx: DocContext): void {
  const ps = ctx.passages;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (p.text.length > MAX_ROW_LENGTH || !HEADER.test(p.text)) continue;
    const meeting = currentMeeting(ctx, p);
    if (!meeting) continue;
    // The rows: short lines after the header, on the same slide when the document is a slide deck.
    for (let j = i + 1; j < ps.length && j <= i + MAX_ROWS; j++) {
      const q = ps[j]!;
      if (q.kind === 'paragraph' || q.kind === 'slide' || q.text.length > MAX_ROW_LENGTH) break;
      if (p.locator.startsWith('slide') && q.locator !== p.locator) break;
      for (const t of mentionsIn(ctx, q.start, q.end, 'Theme'))
        addEdge(
          ctx,
          { type: 'ADDRESSES', from: meeting, to: t.id, source: sourceAt(ctx, q, t.start, t.end) },
          'theme-tables',
        );
    }
  }
}
