// roles(id): CHAIRED, AFFILIATED_WITH, MEMBER_OF and SPOKE_AT from either end
// (a person's posts, or a body's / meeting's chairs, members and speakers).
// When the relationship has no dates of its own, a meeting's startDate/endDate
// date the role: a chair "of the first meeting" held it on the meeting's days;
// a working group's chair is dated by the group's meetings they chaired
// (role-chair-spans.ts).

import type { GraphEdge, GraphNode } from '../model/graph.ts';
import type { Span } from './role-chair-spans.ts';
import type { RoleEntry } from './store.ts';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function roleEntries(
  edges: readonly GraphEdge[],
  nodes: ReadonlyMap<string, GraphNode>,
  spans: ReadonlyMap<GraphEdge, Span> = new Map(),
): RoleEntry[] {
  const out: RoleEntry[] = [];
  for (const e of edges) {
    const person = nodes.get(e.from);
    const target = nodes.get(e.to);
    if (!person || !target) continue;
    const p = e.properties;
    const meeting = target.type === 'Meeting' ? target.properties : {};
    const span = spans.get(e);
    const datedBy =
      text(p.from) || text(p.to)
        ? 'relationship'
        : text(meeting.startDate)
          ? 'meeting'
          : span
            ? 'chaired-meetings'
            : undefined;
    const entry: RoleEntry = {
      type: e.type as RoleEntry['type'],
      person,
      target,
      role: text(p.role) ?? text(p.title) ?? text(p.stakeholderGroup),
      from: text(p.from) ?? text(meeting.startDate) ?? span?.from,
      to:
        text(p.to) ??
        text(meeting.endDate) ??
        (text(p.from) ? undefined : text(meeting.startDate)) ??
        span?.to,
      datedBy,
      sources: e.sources,
    };
    out.push(
      Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as unknown as RoleEntry,
    );
  }
  return out.sort(
    (a, b) =>
      (a.from ?? '').localeCompare(b.from ?? '') ||
      a.type.localeCompare(b.type) ||
      a.person.name.localeCompare(b.person.name) ||
      a.target.name.localeCompare(b.target.name),
  );
}
