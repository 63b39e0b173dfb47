// roles(id): CHAIRED, AFFILIATED_WITH, MEMBER_OF and SPOKE_AT from either end
// (a person's posts, or a body's / meeting's chairs, members and speakers).
// When the relationship has no dates of its own, a meeting's startDate/endDate
// date the role: a chair "of the first meeting" held it on the meeting's days;
// a working group's chair is dated by the group's meetings they chaired
// (role-chair-spans.ts), else by the group's own years: "It was chaired by Mr.
// Nitin Desai" (the WGIG's report, WSIS-II/PC-3/DOC/5) dates no meeting, and a
// group named with its years (2004–2005) had its chair for them.

import type { GraphEdge, GraphNode } from '../model/graph.ts';
import type { RoleEntry } from './dated-reads.ts';
import type { Span } from './role-chair-spans.ts';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

const year = (v: unknown): string | undefined => (typeof v === 'number' && v > 0 ? String(v) : text(v));

/** The years of the working group a chair's undated CHAIRED relationship points to, when it has both. */
function groupYears(e: GraphEdge, target: GraphNode): Span | undefined {
  if (
    e.type !== 'CHAIRED' ||
    target.type !== 'WorkingGroup' ||
    text(e.properties.from) ||
    text(e.properties.to)
  )
    return undefined;
  const from = year(target.properties.startYear);
  const to = year(target.properties.endYear);
  return from && to ? { from, to } : undefined;
}

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
    const chaired = spans.get(e);
    const years = chaired ? undefined : groupYears(e, target);
    const span = chaired ?? years;
    const datedBy =
      text(p.from) || text(p.to)
        ? 'relationship'
        : text(meeting.startDate)
          ? 'meeting'
          : chaired
            ? 'chaired-meetings'
            : years
              ? 'group-years'
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
