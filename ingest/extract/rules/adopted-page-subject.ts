// A page about one resolution dates it in a sentence of its own that names it only as "the resolution":
// "UN General Assembly Resolution A/RES/76/307: Modalities for the Summit of the Future" over "Adopted in
// September 2022, the resolution establishes that: …" (dig.watch's resource pages on resolutions and decisions
// open so). The date is that resolution's adoptedOn (MODEL.md Resolution). Only when the page's first passage,
// its headline, names exactly one resolution (or decision) of the kind the sentence says, and no other symbol
// stands between it and the sentence: "Adopted in 2022, the resolution …" under a list of several is no one's.
// The quote runs from the symbol in the headline to the date, so that it says which resolution was adopted.

import { MAX_QUOTE_LENGTH } from '../../../cypher/model/graph.ts';
import { props } from '../claims.ts';
import { addNode, type DocContext, mentionsIn } from '../context.ts';
import { firstDate, MONTH_NAME } from '../parse/dates.ts';

const ADOPTED = new RegExp(
  `(?:^|[.!?]\\s+|\\n)Adopted\\s+(?:by\\s+consensus\\s+|without\\s+a\\s+vote\\s+|unanimously\\s+)?(?:on|in)\\s+((?:\\d{1,2}\\s+)?${MONTH_NAME}\\s+\\d{4}|${MONTH_NAME}\\s+\\d{1,2},\\s+\\d{4}),\\s+the\\s+(resolution|decision)\\b`,
  'u',
);

export function adoptedPageSubjectRule(ctx: DocContext): void {
  const head = ctx.passages[0];
  if (!head) return;
  for (const p of ctx.passages.slice(1, 8)) {
    if (!p.text.includes('Adopted')) continue;
    const m = ADOPTED.exec(p.text);
    if (!m) continue;
    const on = firstDate(m[1]!)?.start;
    // Its id's symbol part: "resolution:a-res-76-307", "resolution:a-dec-77-568".
    const kind = m[2] === 'decision' ? '-dec-' : '-res-';
    const inHead = mentionsIn(ctx, head.start, head.start + head.text.length, 'Resolution');
    const ids = new Set(inHead.map((r) => r.id));
    const r = inHead[0];
    if (!on || !r || ids.size !== 1 || !r.id.includes(kind)) return;
    const at = p.start + m.index + m[0].indexOf('Adopted');
    // No other resolution named between the headline and the sentence.
    if (mentionsIn(ctx, r.end, at, 'Resolution').some((x) => x.id !== r.id)) return;
    const end = at + m[0].length - m[0].indexOf('Adopted');
    if (end - r.start > MAX_QUOTE_LENGTH) return;
    const quote = ctx.doc.text.slice(r.start, end).trim();
    addNode(
      ctx,
      {
        id: r.id,
        type: 'Resolution',
        name: r.name,
        properties: props({ adoptedOn: on }),
        source: { document: ctx.info.id, locator: head.locator, quote },
      },
      'adopted-page-subject',
    );
    return;
  }
}
