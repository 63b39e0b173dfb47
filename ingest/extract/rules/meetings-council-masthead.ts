// An ITU Council document's masthead: "Council 2009" over "Geneva, 20-30 October 2009" over "Document
// C09/105-E" (every document of a Council session is headed so; "Council 2019" / "Geneva, 10-20 June 2019" /
// "Document C19/7-E"). The words name that year's session of the ITU Council, held there and then, part of the
// Council. A resolution text under it "(adopted at the seventh Plenary Meeting)" is that session's outcome
// (itu-resolutions.ts). Only with the session's document number under it: "Council 2009" alone may be
// anything's.

import { MAX_QUOTE_LENGTH, type Source } from '../../../cypher/model/graph.ts';
import type { DocContext } from '../context.ts';
import { findDates } from '../parse/dates.ts';
import type { FoundMeeting } from './found-meeting.ts';

const MASTHEAD =
  /^[ \t]*(?:ITU[ \t]+)?Council[ \t]+((?:19|20)\d{2})[ \t]*\n[ \t]*(\p{Lu}[\p{L}'’ -]{1,30}),[ \t]+([^\n]{6,40}?)[ \t]*\n[ \t]*Document[ \t]+C(\d{2})\/\d{1,4}/mu;
// Only the opening lines.
const HEAD = 600;
const ADOPTED = /\(adopted at the [\w-]+ Plenary Meeting\)/i;

/** The Council session the masthead names, as a found meeting. */
export function councilMasthead(ctx: DocContext): FoundMeeting[] {
  const head = ctx.doc.text.slice(0, HEAD);
  const m = MASTHEAD.exec(head);
  // The document number's two digits are the session's year: "C09/…" under "Council 2009".
  if (!m || m[1]!.slice(2) !== m[4]) return [];
  const d = findDates(m[3]!)[0];
  if (d?.index !== 0 || d.start.slice(0, 4) !== m[1]) return [];
  const start = m.index + m[0].indexOf('Council');
  const end = start + m[0].slice(m[0].indexOf('Council')).indexOf(m[1]!) + 4;
  const p = ctx.passages.find((x) => x.start <= start && end <= x.end);
  if (!p) return [];
  return [
    {
      id: `meeting:itu-council-${m[1]}`,
      name: `ITU Council ${m[1]}`,
      parent: 'organization:itu-council',
      place: { city: m[2]!.trim() },
      date: { start: d.start, ...(d.end ? { end: d.end } : {}) },
      p,
      start,
      end,
    },
  ];
}

/** The session that adopted the Council resolution this document is, with the masthead as the quote. */
export function adoptingSession(ctx: DocContext): { id: string; source: Source } | undefined {
  const head = ctx.doc.text.slice(0, HEAD);
  const m = MASTHEAD.exec(head);
  const adopted = ADOPTED.exec(head);
  if (!m || !adopted || adopted.index < m.index) return undefined;
  const id = `meeting:itu-council-${m[1]}`;
  if (!ctx.mentions.some((x) => x.id === id)) return undefined;
  const from = m.index + m[0].indexOf('Council');
  const quote = head.slice(from, adopted.index + adopted[0].length);
  const p = ctx.passages.find((x) => x.start <= from && from < x.end);
  if (!p || quote.length > MAX_QUOTE_LENGTH) return undefined;
  return { id, source: { document: ctx.info.id, locator: p.locator, quote } };
}
