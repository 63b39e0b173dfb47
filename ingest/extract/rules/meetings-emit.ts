// Found meetings (meetings.ts) into the graph: each a Meeting node with its
// dates and place, a mention, PART_OF its group, body, session or process, and
// SUCCEEDS the meeting with the ordinal before it (MODEL.md "Meeting").

import { props } from '../claims.ts';
import { addEdge, addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { assemblySessionDate } from './assembly-session-date.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { placeAfter } from './meeting-place.ts';

/** For each meeting, where the next one named after it starts (the end of its words): one sort, then binary searches. */
export function nextStarts(found: readonly FoundMeeting[]): (f: FoundMeeting) => number {
  const starts = found.map((g) => g.start).sort((a, b) => a - b);
  return (f) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! > f.start) hi = mid;
      else lo = mid + 1;
    }
    return lo < starts.length ? starts[lo]! : Number.POSITIVE_INFINITY;
  };
}

/**
 * Gatherings named differently but held on the same days in one document are one gathering
 * ("Open Consultations and MAG Meeting", "4-6 March 2025"): the first name keeps the id.
 */
function sameDays(found: FoundMeeting[]): FoundMeeting[] {
  const first = new Map<string, FoundMeeting>();
  return found.map((f) => {
    if (f.ordinal !== undefined || f.parent || !f.date?.end) return f;
    const key = `${f.date.start}|${f.date.end}`;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, f);
      return f;
    }
    return { ...f, id: kept.id, name: kept.name };
  });
}

/** Each found meeting as a node, a mention, PART_OF its parent and SUCCEEDS the ordinal before it. */
export function emitMeetings(ctx: DocContext, all: FoundMeeting[]): void {
  const found = sameDays(all);
  const next = nextStarts(found);
  const byId = new Map<string, FoundMeeting>();
  for (const f of found) {
    const source = sourceAt(ctx, f.p, f.quoteFrom ?? f.start, f.end);
    // A session named by its year holds no dates of another year: "Substantive session of 2011 New York,
    // 2–27 July 2012" (a web copy of A/67/66–E/2012/49, one of the two years mistyped). The text cannot say
    // which is right, so no date is kept.
    const namedYear = /\bsession of (\d{4})\b/.exec(f.name)?.[1];
    const date = assemblySessionDate(
      f.id,
      namedYear && f.date && !f.date.start.startsWith(namedYear) ? undefined : f.date,
    );
    const surface = ctx.doc.text.slice(f.start, f.end);
    addNode(
      ctx,
      {
        id: f.id,
        type: 'Meeting',
        name: f.name,
        aliases: f.unnamed ? [] : [surface],
        properties: props({
          startDate: date?.start,
          endDate: date?.end,
          ordinal: f.ordinal,
          ...(f.place ?? (f.listed ? undefined : placeAfter(ctx, f.p, f.end, next(f)))),
        }),
        source,
      },
      'meetings',
    );
    addMention(ctx, {
      id: f.id,
      type: 'Meeting',
      name: f.name,
      start: f.start,
      end: f.end,
      surface,
      passage: f.p,
    });
    if (f.parent) {
      addEdge(ctx, { type: 'PART_OF', from: f.id, to: f.parent, source }, 'meetings:part-of');
      const at = f.parentAt;
      if (at)
        addEdge(
          ctx,
          { type: 'PART_OF', from: f.id, to: f.parent, source: sourceAt(ctx, at.p, at.start, at.end) },
          'meetings:part-of',
        );
    }
    if (!byId.has(f.id)) byId.set(f.id, f);
  }
  // Consecutive ordinals of the same parent: the first meeting of each (parent, ordinal), by a map.
  const byOrdinal = new Map<string, FoundMeeting>();
  for (const g of byId.values()) {
    const k = `${g.parent}|${g.ordinal}`;
    if (!byOrdinal.has(k)) byOrdinal.set(k, g);
  }
  for (const f of byId.values()) {
    if (!f.ordinal || !f.parent) continue;
    const prev = byOrdinal.get(`${f.parent}|${f.ordinal - 1}`);
    if (prev)
      addEdge(
        ctx,
        {
          type: 'SUCCEEDS',
          from: f.id,
          to: prev.id,
          source: sourceAt(ctx, f.p, f.quoteFrom ?? f.start, f.end),
        },
        'meetings:succession',
      );
  }
}
