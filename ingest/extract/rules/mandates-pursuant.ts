// "Pursuant to this request, the Chair established the Working Group …": the
// request of the resolution named last reaches what the sentence sets up, and
// "this report" (mandates.ts reads the requests themselves).

import {
  addEdge,
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  sourceAt,
} from '../context.ts';
import { antecedentReport } from './produced-antecedent.ts';

/**
 * "Pursuant to / In response to / Following this request", also "the request of the General Assembly"
 * or "by the Economic and Social Council" (seed 003: "Pursuant to the request of the General Assembly,
 * the Chair of the Commission convened …"). A request of anybody else, "the request of the group", is
 * not the resolution's (seed 001 para 4: "Following the request of the group the Secretariat posted …").
 */
// "The report was prepared at the request of the Economic and Social Council, in its resolution 2006/46, …" (the
// summary of a Secretary-General's annual WSIS report, A/71/67–E/2016/51) carries it the same way.
const CARRIED_REQUEST =
  /\b(?:Pursuant to|In response to|Following|at)\s+(?:this|the)\s+requests?\b(?!\s+(?:of|from|by)\s+(?!(?:the\s+)?(?:General\s+Assembly|Assembly|Economic\s+and\s+Social\s+Council|ECOSOC|(?:Human\s+Rights\s+|Security\s+)?Council)\b))/i;

const SELF_PREPARED = /^\W*The\s+report\s+(?:was|has\s+been|is)\s+(?:prepared|submitted|issued)\b/;

/** How far before "Pursuant to …" what it carries to may be named ("The Working Group, pursuant to this request, …"). */
const CLAUSE_BEFORE = 80;

/** "Pursuant to this request, the Chair established …": the last resolution's mandate reaches what is set up. */
export function pursuant(
  ctx: DocContext,
  p: Mention['passage'],
  s: { start: number; end: number; text: string },
): void {
  const request = CARRIED_REQUEST.exec(s.text);
  if (!request) return;
  const res = lastMentionBefore(
    ctx,
    s.end,
    (m) => m.type === 'Resolution' && !/Agenda|Declaration/.test(m.name),
  );
  if (!res) return;
  const source = sourceAt(ctx, p, s.start, s.end);
  // What is set up stands in the request's own clause: not a session named far before it in a masthead run
  // into the same "sentence" ("General Assembly Seventieth session Item 17 … This report has been prepared in
  // response to the request by the Economic and Social Council, in its resolution 2006/46 …", A/70/63).
  const from = Math.max(s.start, s.start + request.index - CLAUSE_BEFORE);
  const targets = mentionsIn(ctx, from, s.end)
    .filter((m) => m.type === 'Meeting' || m.type === 'WorkingGroup')
    .slice(0, 1);
  const requesters = requesting(ctx, res, request, s);
  for (const t of targets)
    for (const r of requesters)
      addEdge(ctx, { type: 'MANDATES', from: r.id, to: t.id, source }, 'mandates:pursuant');
  // "The report was prepared …" opening the sentence is the document itself, unless the sentence before
  // cites a report by its symbol (then it is that one's, produced-antecedent.ts).
  if (
    /\b(?:this|the present)\s+(?:report|document)\b/i.test(s.text) ||
    /^\s*This report\b/.test(s.text) ||
    (SELF_PREPARED.test(s.text) && !antecedentReport(ctx, p, s.start, s.text))
  )
    for (const r of requesters)
      addEdge(ctx, { type: 'MANDATES', from: r.id, to: ctx.info.id, source }, 'mandates:pursuant');
}

// "in response to the requests by the Economic and Social Council in its resolution 2010/2 and by the General
// Assembly in its resolution A/RES/65/141" (A/67/65–E/2012/48, a working group's report to both organs): each
// organ's resolution named after the plural asks for the report, not only the last one.
const PLURAL = /requests$/i;

function requesting(
  ctx: DocContext,
  last: Mention,
  request: RegExpExecArray,
  s: { start: number; end: number },
): Mention[] {
  if (!PLURAL.test(request[0])) return [last];
  const named = mentionsIn(ctx, s.start + request.index + request[0].length, s.end, 'Resolution').filter(
    (m) => !/Agenda|Declaration/.test(m.name),
  );
  return named.some((m) => m.id === last.id) ? [...new Map(named.map((m) => [m.id, m])).values()] : [last];
}
