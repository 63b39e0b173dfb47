// A gathering named by a proper name and a generic head noun is one gathering whichever noun a text puts
// after the name: "the NETmundial+10 meeting held in São Paulo, Brazil on 29-30 April 2024" (a policy
// observatory's copy of its statement) and "the NETmundial+10 event, held in São Paulo, Brazil on 29-30
// April 2024" (a registry's report) are one meeting. Within a batch, meetings without an ordinal that start
// and end on the same days, whose names differ only in that last noun, are merged into the "meeting" one
// (else the first id). A gathering of another kind ("workshop", "summit") is never merged by this rule.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { meetingsByDay } from './meeting-date-merges.ts';
import { nameTokens } from './names.ts';
import type { SpanMerge } from './working-group-spans.ts';

const HEAD_NOUNS = new Set(['meeting', 'event']);

// A high-level meeting of the General Assembly sits in plenary: "the two-day high-level meeting of the General
// Assembly … on 16–17 December 2025" (the WSIS+20 modalities) and "the high-level plenary meeting of the
// General Assembly …, held in New York on 16 and 17 December 2025" (the outcome document's preamble) are one
// gathering. "plenary" right before the head noun is no part of the core; a plenary of another kind ("plenary
// session") is not a head noun.
const BEFORE_HEAD = new Set(['plenary']);

/** The name's words before a generic head noun, when it ends in one after at least one word. */
function core(n: GraphNode): string | undefined {
  const words = nameTokens(n.name);
  if (words.length < 2 || !HEAD_NOUNS.has(words[words.length - 1]!)) return undefined;
  const end = words.length > 2 && BEFORE_HEAD.has(words[words.length - 2]!) ? -2 : -1;
  return words.slice(0, end).join(' ');
}

export function headNounMerges(nodes: Iterable<GraphNode>): SpanMerge[] {
  const out: SpanMerge[] = [];
  for (const group of meetingsByDay(nodes).values()) {
    if (group.length < 2) continue;
    const byCore = new Map<string, GraphNode[]>();
    for (const n of group) {
      const c = core(n);
      if (c === undefined) continue;
      const key = `${c}|${n.properties.endDate ?? ''}`;
      const same = byCore.get(key);
      if (same) same.push(n);
      else byCore.set(key, [n]);
    }
    for (const same of byCore.values()) {
      const ids = [...new Set(same.map((n) => n.id))].sort();
      if (ids.length < 2) continue;
      const kept = same.find((n) => nameTokens(n.name).at(-1) === 'meeting')?.id ?? ids[0]!;
      for (const id of ids)
        if (id !== kept)
          out.push({
            kept,
            merged: id,
            reason: `a meeting named "${same.find((n) => n.id === id)!.name}" is the meeting of the same name and days`,
          });
    }
  }
  return out;
}
