// How a relationship reads from one of its ends: "Chair of …" from the person,
// "Chaired by …" from the group. Groups on the entity page are keyed by type and
// direction.

import { NODE_TYPES } from './model-legend.ts';
import type { Relationship } from './types.ts';

const PHRASES: Record<string, readonly [string, string]> = {
  MANDATES: ['Mandates', 'Mandated by'],
  REFERENCES: ['References', 'Referenced by'],
  ESTABLISHED: ['Established', 'Established by'],
  CHAIRED: ['Chaired', 'Chaired by'],
  SPOKE_AT: ['Spoke at', 'Speakers'],
  AFFILIATED_WITH: ['Affiliated with', 'Affiliated people'],
  MEMBER_OF: ['Member of', 'Members'],
  PART_OF: ['Part of', 'Has part'],
  PARTICIPATED_IN: ['Took part in', 'Participants'],
  PRODUCED: ['Produced', 'Produced by'],
  REPORTS_TO: ['Reports to', 'Reported to by'],
  ADDRESSES: ['Addresses', 'Addressed by'],
  SUCCEEDS: ['Succeeds', 'Succeeded by'],
  HOSTED: ['Hosted', 'Hosted by'],
};

export interface RelGroup {
  readonly key: string;
  readonly type: string;
  readonly outgoing: boolean;
  readonly heading: string;
  readonly items: readonly Relationship[];
}

export function groupRelationships(entityId: string, rels: readonly Relationship[]): RelGroup[] {
  const groups = new Map<string, RelGroup & { items: Relationship[] }>();
  for (const r of rels) {
    const outgoing = r.from === entityId;
    const key = `${r.type}:${outgoing ? 'out' : 'in'}`;
    let g = groups.get(key);
    if (!g) {
      const phrase = PHRASES[r.type] ?? [r.type, `${r.type} (incoming)`];
      g = { key, type: r.type, outgoing, heading: outgoing ? phrase[0] : phrase[1], items: [] };
      groups.set(key, g);
    }
    g.items.push(r);
  }
  // Within a group: bodies before their meetings (legend order of the other end's type), then by name.
  const rank = (t: string | undefined) =>
    t && NODE_TYPES.includes(t) ? NODE_TYPES.indexOf(t) : NODE_TYPES.length;
  for (const g of groups.values()) {
    const other = (r: Relationship) => (g.outgoing ? r.toEntity : r.fromEntity);
    g.items.sort(
      (a, b) =>
        rank(other(a)?.type) - rank(other(b)?.type) ||
        (other(a)?.name ?? '').localeCompare(other(b)?.name ?? ''),
    );
  }
  return [...groups.values()].sort((a, b) => groupRank(a) - groupRank(b));
}

// The facts readers look for first: mandates and who set up or chaired what, before topics and citations.
const GROUP_ORDER = [
  'MANDATES',
  'ESTABLISHED',
  'HOSTED',
  'CHAIRED',
  'PRODUCED',
  'REPORTS_TO',
  'SUCCEEDS',
  'MEMBER_OF',
  'AFFILIATED_WITH',
  'PART_OF',
  'SPOKE_AT',
  'PARTICIPATED_IN',
  'REFERENCES',
  'ADDRESSES',
];
const groupRank = (g: RelGroup): number =>
  (GROUP_ORDER.includes(g.type) ? GROUP_ORDER.indexOf(g.type) : GROUP_ORDER.length) * 2 +
  (g.outgoing ? 0 : 1);

/** The qualifier shown before the other end: "Chair of", "Director,", "¶65". */
export function qualifier(
  r: Pick<Relationship, 'type' | 'properties'>,
  outgoing: boolean,
): string | undefined {
  const p = r.properties;
  const role = typeof p.role === 'string' ? p.role : undefined;
  const title = typeof p.title === 'string' ? p.title : undefined;
  if (r.type === 'CHAIRED' && outgoing) return `${role ?? 'Chair'} of`;
  if (r.type === 'CHAIRED') return role;
  if (r.type === 'AFFILIATED_WITH') return title;
  if (r.type === 'SPOKE_AT') return role;
  if (r.type === 'MEMBER_OF' && typeof p.stakeholderGroup === 'string') return p.stakeholderGroup;
  return undefined;
}

/**
 * Dates and paragraphs as a short note: "2016-05-02 – 2018", "¶65"; a term of one year once ("2021"), a
 * start with no end stated as such ("from 2016", a CHAIRED term "since 2016").
 */
export function relationshipNote(r: Pick<Relationship, 'properties'>): string | undefined {
  const p = r.properties;
  const parts: string[] = [];
  const from = p.from ?? p.date;
  if (p.from && !p.to) parts.push(`from ${p.from}`);
  else if (from && p.to === from) parts.push(`${from}`);
  else if (from || p.to) parts.push(`${from ?? '…'}${p.to ? ` – ${p.to}` : ''}`);
  const para = p.paragraph ?? p.paragraphs;
  if (para !== undefined && para !== null && para !== '') parts.push(`¶${para}`);
  return parts.length ? parts.join(', ') : undefined;
}
