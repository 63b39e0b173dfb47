// The dates of a working group's chair, when the CHAIRED relationship carries
// none of its own: the meetings of that group the same person chaired, from the
// first one's start to the last one's end. Reports say who was elected and who
// chaired each meeting, rarely "Chair from … to …": the WGEC 2016–2018 Chair was
// elected at its first meeting (DTL/STICT/MISC/2016/9, para 2) and chaired it
// through the fifth and final one (the Chair's report, paras 2–8), which is what
// "who chaired the Working Group, when" should answer.

import type { GraphEdge, GraphNode } from '../model/graph.ts';
import type { EdgeReader } from './graph-walk.ts';

export interface Span {
  readonly from: string;
  readonly to: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** Relationships with no dates of their own: a chair's of a working group. */
function undatedGroupChairs(edges: readonly GraphEdge[], nodes: ReadonlyMap<string, GraphNode>): GraphEdge[] {
  return edges.filter(
    (e) =>
      e.type === 'CHAIRED' &&
      !text(e.properties.from) &&
      !text(e.properties.to) &&
      nodes.get(e.to)?.type === 'WorkingGroup',
  );
}

/** Each undated group chair's span over the group's meetings that person chaired (none: not in the map). */
export async function chairSpans(
  edges: readonly GraphEdge[],
  nodes: ReadonlyMap<string, GraphNode>,
  reader: Pick<EdgeReader, 'edgesOf' | 'nodesById'>,
): Promise<Map<GraphEdge, Span>> {
  const undated = undatedGroupChairs(edges, nodes);
  const spans = new Map<GraphEdge, Span>();
  if (undated.length === 0) return spans;
  const groups = new Set(undated.map((e) => e.to));
  const [chaired, partOf] = await Promise.all([
    reader.edgesOf([...new Set(undated.map((e) => e.from))], ['CHAIRED']),
    reader.edgesOf([...groups], ['PART_OF']),
  ]);
  const meetingsOf = new Map<string, Set<string>>();
  for (const e of partOf)
    if (groups.has(e.to)) meetingsOf.set(e.to, (meetingsOf.get(e.to) ?? new Set()).add(e.from));
  const inGroups = new Set([...meetingsOf.values()].flatMap((m) => [...m]));
  const meetings = new Map(
    (await reader.nodesById([...new Set(chaired.map((e) => e.to).filter((id) => inGroups.has(id)))]))
      .filter((n) => n.type === 'Meeting')
      .map((n) => [n.id, n]),
  );
  for (const chair of undated) {
    const held = meetingsOf.get(chair.to);
    let from: string | undefined;
    let to: string | undefined;
    for (const e of chaired) {
      const meeting = e.from === chair.from && held?.has(e.to) ? meetings.get(e.to) : undefined;
      const start = text(meeting?.properties.startDate);
      if (!start) continue;
      const end = text(meeting?.properties.endDate) ?? start;
      if (!from || start < from) from = start;
      if (!to || end > to) to = end;
    }
    if (from && to) spans.set(chair, { from, to });
  }
  return spans;
}
